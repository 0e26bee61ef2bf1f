// The CNCF ModelPack format (modelpack/model-spec): what a model version is in OCI terms. This file
// builds and reads manifests and configs; it knows nothing about where they are stored.
import { UserError } from '../errors.js';
import { bytesBlob, descriptorOf, storedManifest } from './oci/digest.js';
import { MEDIA_TYPE_MANIFEST, type BlobSource, type Descriptor, type ImageManifest, type StoredManifest } from './oci/types.js';
import { bytesTar } from './tar.js';

export const ARTIFACT_TYPE_MODEL = 'application/vnd.cncf.model.manifest.v1+json';
export const MEDIA_TYPE_MODEL_CONFIG = 'application/vnd.cncf.model.config.v1+json';
export const MEDIA_TYPE_WEIGHT_TAR = 'application/vnd.cncf.model.weight.v1.tar';
export const MEDIA_TYPE_DOC_TAR = 'application/vnd.cncf.model.doc.v1.tar';
export const ANNOTATION_FILEPATH = 'org.cncf.model.filepath';
/** the sha256 of model.onnx itself (the layer digest is the tar's): what a verdict names */
export const ANNOTATION_MODEL_DIGEST = 'dev.mlci.model.digest';
export const MODEL_FILE = 'model.onnx';

/** the documents a version carries next to the model, in this order */
export const DOC_FILES = ['model-card.md', 'metrics.json', 'verdict.json', 'lineage.json', 'statistics.json'] as const;
export type DocFile = (typeof DOC_FILES)[number];

export interface ModelDescription {
  name: string;
  version: string;
  created: string;
  title?: string;
  description?: string;
  authors?: string[];
  licenses?: string[];
  source?: string;
  revision?: string;
  docUrl?: string;
  datasets?: string[];
}

/** The ModelPack config: descriptor, config.format "onnx", and the layers' uncompressed digests. */
export function modelConfig(model: ModelDescription, layers: Descriptor[]): Record<string, unknown> {
  const descriptor: Record<string, unknown> = { createdAt: model.created, name: model.name, version: model.version };
  if (model.title) descriptor.title = model.title;
  if (model.description) descriptor.description = model.description;
  if (model.authors?.length) descriptor.authors = model.authors;
  if (model.licenses?.length) descriptor.licenses = model.licenses;
  if (model.source) descriptor.sourceURL = model.source;
  if (model.revision) descriptor.revision = model.revision;
  if (model.docUrl) descriptor.docURL = model.docUrl;
  if (model.datasets?.length) descriptor.datasetsURL = model.datasets;
  return {
    descriptor,
    config: { format: 'onnx' },
    // the layers are uncompressed tars, so each diffId is the layer digest itself
    modelfs: { type: 'layers', diffIds: layers.map((l) => l.digest) },
  };
}

export function docLayer(file: string, bytes: Uint8Array): BlobSource {
  return bytesBlob(MEDIA_TYPE_DOC_TAR, bytesTar(file, bytes));
}

export interface BuiltManifest {
  config: BlobSource;
  manifest: StoredManifest;
}

export function buildModelManifest(model: ModelDescription, weight: BlobSource, modelDigest: string, docs: { file: string; blob: BlobSource }[]): BuiltManifest {
  const layers = [descriptorOf(weight, { [ANNOTATION_FILEPATH]: MODEL_FILE }), ...docs.map((d) => descriptorOf(d.blob, { [ANNOTATION_FILEPATH]: d.file }))];
  const config = bytesBlob(MEDIA_TYPE_MODEL_CONFIG, Buffer.from(JSON.stringify(modelConfig(model, layers))));
  const annotations: Record<string, string> = {
    'org.opencontainers.image.created': model.created,
    'org.opencontainers.image.version': model.version,
    'org.opencontainers.image.title': model.title ?? model.name,
    [ANNOTATION_MODEL_DIGEST]: modelDigest,
  };
  if (model.description) annotations['org.opencontainers.image.description'] = model.description;
  if (model.source) annotations['org.opencontainers.image.source'] = model.source;
  if (model.revision) annotations['org.opencontainers.image.revision'] = model.revision;
  if (model.licenses?.length) annotations['org.opencontainers.image.licenses'] = model.licenses.join(' AND ');
  if (model.authors?.length) annotations['org.opencontainers.image.authors'] = model.authors.join(', ');
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType: ARTIFACT_TYPE_MODEL,
    config: descriptorOf(config),
    layers,
    annotations,
  };
  return { config, manifest: storedManifest(manifest, MEDIA_TYPE_MANIFEST) };
}

export interface ModelManifest {
  manifest: ImageManifest;
  version: string;
  modelDigest: string;
  created?: string;
  weight: Descriptor;
  docs: Descriptor[];
}

/** Reads a stored manifest as a model version, or says what it is instead. */
export function readModelManifest(stored: StoredManifest, where: string): ModelManifest {
  let manifest: ImageManifest;
  try {
    manifest = JSON.parse(stored.bytes.toString('utf8')) as ImageManifest;
  } catch {
    throw new UserError(`The manifest ${stored.digest} is not JSON.`, where, 'Point at a model version published by mlci publish-model.');
  }
  if (manifest.artifactType !== ARTIFACT_TYPE_MODEL || !Array.isArray(manifest.layers)) {
    throw new UserError(`The manifest ${stored.digest} is a ${manifest.artifactType ?? manifest.mediaType ?? 'unknown'} artifact, not a ModelPack model.`, where, 'Point at a model version published by mlci publish-model.');
  }
  const weight = manifest.layers.find((l) => l.mediaType === MEDIA_TYPE_WEIGHT_TAR);
  const modelDigest = manifest.annotations?.[ANNOTATION_MODEL_DIGEST];
  const version = manifest.annotations?.['org.opencontainers.image.version'];
  if (!weight || !modelDigest || !version) {
    throw new UserError(`The model manifest ${stored.digest} lacks its weight layer, version or ${ANNOTATION_MODEL_DIGEST} annotation.`, where, 'Publish the model with mlci publish-model.');
  }
  return { manifest, version, modelDigest, created: manifest.annotations?.['org.opencontainers.image.created'], weight, docs: manifest.layers.filter((l) => l !== weight) };
}
