// Artifacts about a version (its in-toto statements) attached as OCI referrers: a manifest whose
// `subject` is the version. The referrers API where the registry has one; else the fallback of the
// distribution spec, an image index tagged `sha256-<hex>` of the subject, kept up to date by us.
import { bytesBlob, descriptorOf, hexOf, storedManifest } from './oci/digest.js';
import { MEDIA_TYPE_EMPTY, MEDIA_TYPE_INDEX, MEDIA_TYPE_MANIFEST, type Descriptor, type ImageManifest, type OciStore, type StoredManifest } from './oci/types.js';

export interface AttachedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export function fallbackTag(digest: string): string {
  return `sha256-${hexOf(digest)}`;
}

function subjectOf(stored: StoredManifest): Descriptor {
  return { mediaType: stored.mediaType, digest: stored.digest, size: stored.bytes.byteLength };
}

/** Attaches `files` to the manifest `subject`; 'skipped' on registries that should get none (GHCR). */
export async function attachReferrer(store: OciStore, name: string, subject: StoredManifest, artifactType: string, files: AttachedFile[], created: string): Promise<{ digest: string; via: 'api' | 'tag' } | 'skipped'> {
  if (!store.attachesReferrers) return 'skipped';
  const layers = files.map((f) => bytesBlob(f.mediaType, f.bytes));
  const config = bytesBlob(MEDIA_TYPE_EMPTY, Buffer.from('{}'));
  for (const blob of [...layers, config]) await store.pushBlob(name, blob);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_MANIFEST,
    artifactType,
    config: descriptorOf(config),
    layers: layers.map((l, i) => descriptorOf(l, { 'org.opencontainers.image.title': files[i]!.name })),
    subject: subjectOf(subject),
    annotations: { 'org.opencontainers.image.created': created },
  };
  const stored = storedManifest(manifest, MEDIA_TYPE_MANIFEST);
  const { subjectAccepted } = await store.putManifest(name, stored.digest, stored);
  if (subjectAccepted) return { digest: stored.digest, via: 'api' };
  const entry: Descriptor = { mediaType: MEDIA_TYPE_MANIFEST, digest: stored.digest, size: stored.bytes.byteLength, artifactType, annotations: manifest.annotations };
  await store.exclusive(name, async () => {
    const tag = fallbackTag(subject.digest);
    const existing = await store.getManifest(name, tag);
    const index = existing ? (JSON.parse(existing.bytes.toString('utf8')) as { manifests?: Descriptor[] }) : { manifests: [] };
    const manifests = (index.manifests ?? []).filter((m) => m.digest !== stored.digest).concat(entry);
    await store.putManifest(name, tag, storedManifest({ schemaVersion: 2, mediaType: MEDIA_TYPE_INDEX, manifests }, MEDIA_TYPE_INDEX));
  });
  return { digest: stored.digest, via: 'tag' };
}

/** The referrers of a manifest: from the API when the store has one, else from the fallback tag. */
export async function listReferrers(store: OciStore, name: string, digest: string): Promise<Descriptor[]> {
  const fromApi = await store.referrers(name, digest);
  if (fromApi) return fromApi;
  const index = await store.getManifest(name, fallbackTag(digest));
  if (!index) return [];
  return (JSON.parse(index.bytes.toString('utf8')) as { manifests?: Descriptor[] }).manifests ?? [];
}
