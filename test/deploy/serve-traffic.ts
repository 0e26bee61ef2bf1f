import { readFileSync } from 'node:fs';

const DATA = new URL('../fixtures/data/breast_cancer_test.csv', import.meta.url).pathname;

/** the breast-cancer test rows' 30 features */
export function breastCancerRows(): number[][] {
  return readFileSync(DATA, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 30).map(Number));
}

/**
 * Requests to mlci serve's `demo` model from a few concurrent clients until stopped or `limit` are
 * sent: bounded in count, loopback only.
 */
export function startTraffic(url: string, limit = 50_000) {
  const data = breastCancerRows();
  let sent = 0;
  let stopped = false;
  const failures: string[] = [];
  const client = async () => {
    while (!stopped && sent < limit) {
      const row = data[sent++ % data.length]!;
      try {
        const response = await fetch(`${url}/v2/models/demo/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ inputs: [{ name: 'input', datatype: 'FP32', shape: [1, 30], data: row }] }) });
        await response.text();
        if (response.status !== 200) failures.push(String(response.status));
      } catch (err) {
        failures.push(String(err));
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const clients = Array.from({ length: 4 }, client);
  return {
    failures,
    sent: () => sent,
    /** waits until all `limit` requests are sent */
    async finished() {
      await Promise.all(clients);
    },
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}
