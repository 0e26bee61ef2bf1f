import { describeError, isUserError } from '../errors.js';
import type { StepHost } from '../steps/types.js';
import { actionsArtifactUploader } from './artifact-transfer.js';

/**
 * Uploads a step's output directory when the `upload-artifact` input names an artifact. An upload
 * that fails leaves the step's results in place and says so: the evaluation is not lost.
 */
export async function uploadOutputDir(host: StepHost<'upload-artifact' | (string & {}), string>, outputDir: string): Promise<{ name: string; id?: number } | undefined> {
  const name = host.input('upload-artifact').trim();
  if (!name) return undefined;
  if (!host.onRunner) {
    host.logger.info(`upload-artifact is for GitHub Actions runners; the results stay in ${outputDir}.`);
    return undefined;
  }
  try {
    const uploaded = await actionsArtifactUploader().uploadOutputDir(name, outputDir);
    host.logger.info(`Uploaded ${outputDir} as artifact "${name}" (${uploaded.sizeBytes} bytes).`);
    return { name, id: uploaded.id };
  } catch (err) {
    if (isUserError(err)) throw err;
    host.logger.warning(`Could not upload the artifact "${name}": ${describeError(err)}. The results are still in ${outputDir}.`);
    return undefined;
  }
}
