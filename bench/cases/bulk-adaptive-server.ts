/**
 * A loopback fake with a rate limit it does not announce: a batch request arriving while
 * `--limit` requests are being answered gets 429 (with `Retry-After: --retry-after` seconds,
 * none when negative) and is not applied; the others are applied after `--latency` ms. Counts
 * what a client would want checked: requests, refusals, rows applied, numbers applied twice.
 *
 *   node --import tsx bench/cases/bulk-adaptive-server.ts --limit 8 --latency 50 --retry-after 1
 *
 * GET /__stats, POST /__reset as the other bench servers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { operations } from '../../generated/operations.js';
import { TOKEN_PATH, argNum, serve, tokenBody } from '../servers/common.js';

const limit = argNum('limit', 8);
const latencyMs = argNum('latency', 50);
const retryAfter = argNum('retry-after', 1);

const batchPaths = new Map<string, string>();
for (const op of Object.values(operations)) {
  const batch = op.batch as { itemsPointer: string } | null;
  if (batch) batchPaths.set(`${op.method.toUpperCase()} ${op.path}`, batch.itemsPointer);
}

const fresh = () => ({ requests: 0, refused: 0, applied: 0, rowsApplied: 0, appliedTwice: 0, replays: 0, maxInflight: 0, firstStart: 0, lastEnd: 0 });
let stats = fresh();
let phones = new Map<string, number>();
let keys = new Set<string>();
let active = 0;

const send = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
  const b = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': b.length, ...extra });
  res.end(b);
};
const ok = (data: unknown) => ({ apiVersion: 'v6.3.0', status: 'Success', code: 200, message: 'Success', reason: '', kind: 'Bench', metaData: {}, data, retCode: '000000', retMsg: 'Success' });

function rowsAt(doc: unknown, ptr: string): unknown[] {
  let cur = doc;
  for (const part of ptr.split('/').slice(1)) cur = (cur as Record<string, unknown> | undefined)?.[part];
  return Array.isArray(cur) ? cur : [];
}

function apply(req: IncomingMessage, text: string, ptr: string): void {
  const key = String(req.headers['idempotency-key'] ?? '');
  if (key && keys.has(key)) {
    stats.replays++;
    return;
  }
  if (key) keys.add(key);
  stats.applied++;
  for (const r of rowsAt(JSON.parse(text), ptr)) {
    const phone = String(typeof r === 'object' && r ? (r as { telephone?: unknown }).telephone : r);
    const n = (phones.get(phone) ?? 0) + 1;
    phones.set(phone, n);
    stats.rowsApplied++;
    if (n === 2) stats.appliedTwice++;
  }
}

const server = createServer((req, res) => {
  if (req.url === '/__stats') return send(res, 200, { ...stats, uniquePhones: phones.size, busyMs: stats.lastEnd - stats.firstStart, limit, latencyMs, retryAfter });
  if (req.url === '/__reset') {
    stats = fresh();
    phones = new Map();
    keys = new Set();
    return send(res, 200, {});
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.url === TOKEN_PATH) return send(res, 200, tokenBody().toString());
    const ptr = batchPaths.get(`${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (ptr === undefined) return send(res, 404, { status: 'Failed', retCode: '404', retMsg: 'not a batch route' });
    stats.requests++;
    if (active >= limit) {
      stats.refused++;
      return send(res, 429, { status: 'Failed', retCode: '429', retMsg: 'too many requests' }, retryAfter >= 0 ? { 'retry-after': String(retryAfter) } : {});
    }
    active++;
    stats.maxInflight = Math.max(stats.maxInflight, active);
    if (!stats.firstStart) stats.firstStart = performance.now();
    setTimeout(() => {
      try {
        apply(req, Buffer.concat(chunks).toString('utf8'), ptr);
        send(res, 200, ok({ campaignId: 'bench', callingListCode: 'bench', code: 'bench' }));
      } finally {
        active--;
        stats.lastEnd = performance.now();
      }
    }, latencyMs);
  });
});
serve(server);
