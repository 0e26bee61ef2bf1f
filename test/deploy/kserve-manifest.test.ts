import { parse } from 'yaml';
import { isUserError } from '../../shared/errors.js';
import { inferenceServiceName, inferenceServiceYaml, renderInferenceService, type InferenceServiceOptions } from '../../shared/deploy/kserve-manifest.js';
import { inferenceServiceValidator } from './kserve-schema.js';

const digest = `sha256:${'ab'.repeat(32)}`;
const base: InferenceServiceOptions = {
  name: 'breast-cancer',
  namespace: 'models',
  storageUri: `oci://ghcr.io/acme/models/breast-cancer@${digest}`,
  mode: 'Serverless',
  runtime: 'mlci',
  model: { name: 'breast-cancer', version: 'v3', digest: `sha256:${'cd'.repeat(32)}` },
  environment: 'production',
};
const validate = inferenceServiceValidator();

function valid(manifest: unknown): void {
  const ok = validate(manifest);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('renderInferenceService against the KServe CRD schema', () => {
  test.each([
    ['Serverless with a canary split on mlci serve', { ...base, canaryTrafficPercent: 10 }],
    ['Serverless at full traffic on Triton', { ...base, runtime: 'triton' as const }],
    ['RawDeployment on mlci serve', { ...base, mode: 'RawDeployment' as const }],
  ])('%s is a valid InferenceService', (_, options) => {
    const manifest = renderInferenceService(options);
    valid(manifest);
    // what goes to the cluster is the YAML text: it must say the same
    valid(parse(inferenceServiceYaml(manifest)));
  });

  test('the predictor names the runtime, the ONNX format, protocol v2 and the model pinned by digest', () => {
    const manifest = renderInferenceService({ ...base, canaryTrafficPercent: 25 }) as any;
    expect(manifest.metadata.annotations['serving.kserve.io/deploymentMode']).toBe('Serverless');
    expect(manifest.spec.predictor).toEqual({
      canaryTrafficPercent: 25,
      model: { modelFormat: { name: 'onnx' }, runtime: 'mlci-serve', protocolVersion: 'v2', storageUri: base.storageUri },
    });
    const triton = renderInferenceService({ ...base, runtime: 'triton' }) as any;
    expect(triton.spec.predictor.model.runtime).toBe('kserve-tritonserver');
  });

  test('the validator does catch a misspelt field (the test is not vacuous)', () => {
    const manifest = renderInferenceService(base) as any;
    manifest.spec.predictor.model.storageURI = manifest.spec.predictor.model.storageUri;
    expect(validate(manifest)).toBe(false);
    const quoted = renderInferenceService(base) as any;
    quoted.spec.predictor.canaryTrafficPercent = '10';
    expect(validate(quoted)).toBe(false);
  });

  test('refuses what KServe could not run: a tag instead of a digest, a canary on RawDeployment, a bad name', () => {
    const refused = (options: InferenceServiceOptions) => {
      try {
        renderInferenceService(options);
      } catch (err) {
        return isUserError(err) ? err.what : String(err);
      }
      return 'accepted';
    };
    expect(refused({ ...base, storageUri: 'oci://ghcr.io/acme/models/breast-cancer:v3' })).toContain('not an oci:// reference pinned by digest');
    expect(refused({ ...base, mode: 'RawDeployment', canaryTrafficPercent: 10 })).toContain('Serverless');
    expect(refused({ ...base, name: 'Breast_Cancer' })).toContain('not a valid InferenceService name');
  });

  test('model names become DNS-1035 labels', () => {
    expect(inferenceServiceName('breast.cancer_lr')).toBe('breast-cancer-lr');
    expect(inferenceServiceName('9lives')).toBe('lives');
    expect(inferenceServiceName('a'.repeat(80))).toHaveLength(63);
  });
});
