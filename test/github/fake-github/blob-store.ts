import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The signed-URL blob storage the Actions services hand out, speaking enough of Azure's Blob REST
 * API for @azure/storage-blob (used by @actions/artifact and @actions/cache): Put Blob (single
 * shot), Put Block, Put Block List, and a plain GET to download.
 */

export const BLOB_STORE_PREFIX = '/_storage/';

interface Slot {
  blocks: Map<string, Buffer>;
  committed?: Buffer;
}

export class FakeBlobStore {
  private readonly slots = new Map<string, Slot>();
  private next = 1;

  constructor(
    private readonly baseUrl: () => string,
    private readonly violations: string[],
  ) {}

  /** A new empty blob and its signed URL (path-style, as Azure uses for IP hosts). */
  createSlot(container: string): { id: string; url: string } {
    const id = `${container}-${this.next++}`;
    this.slots.set(id, { blocks: new Map() });
    return { id, url: this.urlOf(id) };
  }

  urlOf(id: string): string {
    const container = id.replace(/-\d+$/, '');
    return `${this.baseUrl()}${BLOB_STORE_PREFIX}devstoreaccount1/${container}/${id}?sv=2023-01-03&sig=test`;
  }

  committed(id: string): Buffer | undefined {
    return this.slots.get(id)?.committed;
  }

  handles(pathname: string): boolean {
    return pathname.startsWith(BLOB_STORE_PREFIX);
  }

  handle(req: IncomingMessage, url: URL, raw: Buffer, res: ServerResponse): number {
    const reply = (status: number, body?: Buffer) => {
      res.writeHead(status, {
        'x-ms-request-id': `req-${this.next}`,
        'x-ms-version': '2023-01-03',
        etag: '"0x8DC0000000000001"',
        'last-modified': new Date().toUTCString(),
        ...(body ? { 'content-type': 'application/octet-stream', 'content-length': String(body.length) } : {}),
      });
      res.end(body);
      return status;
    };
    const id = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const slot = this.slots.get(id);
    if (!slot) {
      this.violations.push(`blob ${req.method} ${url.pathname}: no such blob`);
      return reply(404);
    }
    if (req.method === 'GET') return slot.committed ? reply(200, slot.committed) : reply(404);
    if (req.method !== 'PUT') {
      this.violations.push(`blob ${req.method} is not implemented by the fake`);
      return reply(405);
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      slot.blocks.set(url.searchParams.get('blockid') ?? '', raw);
      return reply(201);
    }
    if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const missing = ids.filter((b) => !slot.blocks.has(b));
      if (missing.length > 0) {
        this.violations.push(`blob block list names unknown blocks ${missing.join(', ')}`);
        return reply(400);
      }
      slot.committed = Buffer.concat(ids.map((b) => slot.blocks.get(b)!));
      return reply(201);
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      slot.committed = raw;
      return reply(201);
    }
    this.violations.push(`blob PUT with comp=${comp} is not implemented by the fake`);
    return reply(400);
  }
}
