import { stringify } from 'yaml';
import { UserError } from '../errors.js';

/** How KServe runs the predictor: Knative (scale to zero, traffic split) or a plain Deployment. */
export type KServeMode = 'Serverless' | 'RawDeployment';

/** The serving runtime: mlci serve's ClusterServingRuntime, or Triton's (KServe ships it). */
export type KServeRuntime = 'mlci' | 'triton';

export const KSERVE_RUNTIMES: Record<KServeRuntime, { runtime: string; modelFormat: { name: string; version?: string } }> = {
  mlci: { runtime: 'mlci-serve', modelFormat: { name: 'onnx' } },
  triton: { runtime: 'kserve-tritonserver', modelFormat: { name: 'onnx', version: '1' } },
};

export interface InferenceServiceOptions {
  /** the InferenceService's name (a DNS-1035 label) */
  name: string;
  namespace?: string;
  /** oci://HOST/PATH/NAME@sha256:… — always pinned by digest */
  storageUri: string;
  mode: KServeMode;
  runtime: KServeRuntime;
  /** the mlci serve ClusterServingRuntime's name when it is not mlci-serve */
  runtimeName?: string;
  /** Serverless only: the share of traffic the new revision takes; undefined means all of it */
  canaryTrafficPercent?: number;
  model: { name: string; version: string; digest: string };
  /** GitHub environment, recorded as a label */
  environment?: string;
}

const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const PINNED_OCI = /^oci:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/;

/** An InferenceService name from a model name: KServe wants a DNS-1035 label of at most 63 characters. */
export function inferenceServiceName(model: string): string {
  const name = model.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 63).replace(/-+$/, '');
  return name || 'model';
}

/** Renders a KServe v1beta1 InferenceService for one model version. */
export function renderInferenceService(options: InferenceServiceOptions): Record<string, unknown> {
  if (!DNS_1035.test(options.name) || options.name.length > 63) {
    throw new UserError(`"${options.name}" is not a valid InferenceService name.`, 'input kserve-name', 'Use lowercase letters, digits and "-", starting with a letter, at most 63 characters.');
  }
  if (!PINNED_OCI.test(options.storageUri)) {
    throw new UserError(`The model's storage URI ${options.storageUri} is not an oci:// reference pinned by digest.`, 'input model', 'Publish the model to an OCI registry (registry: oci://HOST/PATH) so that KServe can pull it by digest.');
  }
  if (options.canaryTrafficPercent !== undefined) {
    if (options.mode !== 'Serverless') {
      throw new UserError('A canary traffic split needs KServe\'s Serverless mode; RawDeployment has no revisions to split between.', 'input kserve-mode', 'Use kserve-mode: Serverless for strategy canary, or strategy: direct with RawDeployment.');
    }
    if (!Number.isInteger(options.canaryTrafficPercent) || options.canaryTrafficPercent < 0 || options.canaryTrafficPercent > 100) throw new Error(`canary weight ${options.canaryTrafficPercent} out of range`);
  }
  const runtime = KSERVE_RUNTIMES[options.runtime];
  const labels: Record<string, string> = {
    'app.kubernetes.io/managed-by': 'mlci',
    'mlci.dev/model': labelValue(options.model.name),
    'mlci.dev/version': labelValue(options.model.version),
  };
  if (options.environment) labels['mlci.dev/environment'] = labelValue(options.environment);
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name: options.name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      labels,
      annotations: {
        'serving.kserve.io/deploymentMode': options.mode,
        'serving.kserve.io/enable-prometheus-scraping': 'true',
        'mlci.dev/model-digest': options.model.digest,
      },
    },
    spec: {
      predictor: {
        ...(options.canaryTrafficPercent !== undefined ? { canaryTrafficPercent: options.canaryTrafficPercent } : {}),
        model: {
          modelFormat: runtime.modelFormat,
          runtime: options.runtime === 'mlci' ? (options.runtimeName ?? runtime.runtime) : runtime.runtime,
          protocolVersion: 'v2',
          storageUri: options.storageUri,
        },
      },
    },
  };
}

export function inferenceServiceYaml(manifest: Record<string, unknown>): string {
  return stringify(manifest, { lineWidth: 0 });
}

/** Label values: at most 63 characters of letters, digits, "-", "_" and ".", alphanumeric at both ends. */
function labelValue(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
