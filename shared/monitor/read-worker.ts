/**
 * The worker side of monitor's parallel reading (read-parallel.ts), run as a child process by
 * validate-data's pool: reads the log jobs it is sent, one at a time, into windows, and sends
 * each job's windows back as plain data. Bundled as its own entry (scripts/build.mjs); it exits
 * when the parent disconnects. The schema and labels are loaded once per process.
 */
import { answerJob, loadInputs, type LoadedInputs, type LogReadContext, type ReadJobMessage } from './read-parallel.js';

const loaded = new Map<string, Promise<LoadedInputs>>();

function inputsFor(context: LogReadContext): Promise<LoadedInputs> {
  const key = JSON.stringify([context.schemaFile, context.labels]);
  let inputs = loaded.get(key);
  if (!inputs) {
    inputs = loadInputs(context);
    loaded.set(key, inputs);
  }
  return inputs;
}

process.on('message', async (message: ReadJobMessage) => {
  try {
    process.send!({ result: await answerJob(message, inputsFor) });
  } catch (err) {
    process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
