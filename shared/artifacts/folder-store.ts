import { stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { verifyOutputManifest } from '../fs/output-manifest.js';
import { resolveInside } from '../fs/safe-path.js';
import { copyDirectoryAtomic } from '../runtime/folder-cache.js';
import type { ArtifactStore } from '../steps/types.js';

/**
 * The laptop's artifact store: one folder per artifact under `root` (./mlci-artifacts by default),
 * so `upload-artifact` and `artifact:NAME/...` inputs work the same with the CLI as on a runner.
 * An upload replaces the artifact of the same name, as a rerun of a job would.
 */
export class FolderArtifactStore implements ArtifactStore {
  readonly kind: string;
  constructor(readonly root: string) {
    this.kind = `artifact in ${root}`;
  }

  async upload(name: string, dir: string): Promise<{ name: string }> {
    await verifyOutputManifest(dir);
    await copyDirectoryAtomic(dir, resolveInside(this.root, name, 'artifact name'), { replace: true });
    return { name };
  }

  async download(name: string, dir: string): Promise<void> {
    const source = resolveInside(this.root, name, 'artifact name');
    if (!(await stat(source).catch(() => null))?.isDirectory()) {
      throw new UserError(`There is no artifact "${name}" in ${this.root}.`, `artifact:${name}`, 'Run the step that uploads it first (its upload-artifact input), or set MLCI_ARTIFACT_DIR to where the artifacts are.');
    }
    await copyDirectoryAtomic(source, dir, { replace: true });
    await verifyOutputManifest(dir);
  }
}
