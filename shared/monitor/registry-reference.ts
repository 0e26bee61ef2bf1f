import { UserError } from '../errors.js';
import type { Logger } from '../log.js';

/** What the registry holds for the monitored model: its training statistics and gated metrics. */
export interface MonitoredModel {
  /** the pulled statistics.json (the training data's, packaged by publish-model) */
  statistics: string;
  /** the pulled metrics.json evaluate-gate wrote, when the model has one */
  gatedMetrics?: string;
  name: string;
  /** the version the reference resolves to now: its rows are judged, other versions' reported */
  version: string;
}

/** whether a reference input names a registry model rather than a statistics.json file */
export function isRegistryReference(text: string): boolean {
  return !text.trim().toLowerCase().endsWith('.json');
}

/**
 * Pulls the model a reference such as demo@production resolves to (every blob checked against its
 * digest) and returns the statistics and metrics it was published with.
 */
export async function pullMonitoredModel(text: string, options: { registry?: string; env: Readonly<Record<string, string | undefined>>; logger: Logger; dir: string }): Promise<MonitoredModel> {
  const { defaultRegistryLocation, openRegistry, parseModelReference } = await import('../registry/index.js');
  const ref = parseModelReference(text, defaultRegistryLocation(options.env, options.registry));
  const pulled = await openRegistry(ref.store, { env: options.env, logger: options.logger }).pull(ref, options.dir);
  const statistics = pulled.files['statistics.json'];
  if (!statistics) {
    throw new UserError(
      `${text} (${pulled.name} ${pulled.version}) was published without statistics.json, so there is nothing to compare production with.`,
      'input reference',
      'Publish the model with the training data\'s statistics (publish-model\'s statistics input, from validate-data), or pass a statistics.json path as reference.',
    );
  }
  options.logger.info(`Reference: ${text} is ${pulled.name} ${pulled.version} (${pulled.manifestDigest}).`);
  return { statistics, ...(pulled.files['metrics.json'] ? { gatedMetrics: pulled.files['metrics.json'] } : {}), name: pulled.name, version: pulled.version };
}
