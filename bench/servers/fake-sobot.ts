/**
 * Loopback fake of the Sobot API for the bulk and paging benchmarks: every request waits
 * `--latency` ms, at most `--inflight` requests are processed at once (the rest queue, or get
 * 429 with `--over reject`), bulk imports count the rows they receive, paged operations serve
 * `--items` items.
 *
 *   node --import tsx bench/servers/fake-sobot.ts --latency 20 --inflight 4 --items 10000
 *
 * GET /__stats: requests, rows, unique telephones, peak in flight/queued, the busy window.
 * POST /__reset: zeroes the counters.
 *
 * Not the project's simulator (src/sim/) on purpose: the bulk bench measures whether the client
 * saturates a server, so the server must cost next to nothing per request — the simulator checks
 * every chunk against the contract (about 260 chunks/s of one core, bench "Simulator"), which on
 * two shared cores would make it the bottleneck being measured.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { operations } from '../../generated/operations.js';
import { pointerSegments } from '../../lint/spec-reader/pointer.js';
import { TOKEN_PATH, argNum, argStr, serve, tokenBody } from './common.js';

const latencyMs = argNum('latency', 20);
const inflightCap = argNum('inflight', 4);
const over = argStr('over', 'queue') as 'queue' | 'reject';
const totalItems = argNum('items', 10_000);

interface Route { kind: 'batch' | 'paged'; itemsPointer?: string; itemsField?: string; shape?: string; pageParam?: string; sizeParam?: string; defaultPageSize?: number; maxPageSize?: number }
const routes = new Map<string, Route>();
for (const op of Object.values(operations)) {
  const key = `${op.method.toUpperCase()} ${op.path}`;
  const batch = op.batch as { itemsPointer: string } | null;
  const paging = op.paging as { shape: string; pageParam?: string; sizeParam?: string; itemsField?: string; defaultPageSize?: number; maxPageSize?: number } | null;
  if (batch) routes.set(key, { kind: 'batch', itemsPointer: batch.itemsPointer });
  else if (paging && paging.shape !== 'none') routes.set(key, { kind: 'paged', ...paging });
}

const token = tokenBody();
const fresh = () => ({
  requests: 0, rows: 0, rejected: 0, badRequests: 0, maxInflight: 0, maxQueued: 0, pages: 0,
  firstStart: 0, lastEnd: 0, withoutKey: 0,
});
let stats = fresh();
let phones = new Set<string>();
let active = 0;
const queue: (() => void)[] = [];

function envelope(data: unknown): Buffer {
  return Buffer.from(JSON.stringify({
    apiVersion: 'v6.3.0', status: 'Success', code: 200, message: 'Success', reason: '', kind: 'Bench',
    metaData: {}, data, retMsg: 'Success', retCode: '000000',
  }));
}

function send(res: ServerResponse, status: number, body: Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length, ...extra });
  res.end(body);
}

function pointer(doc: unknown, ptr: string): unknown {
  let cur = doc;
  for (const part of pointerSegments(ptr)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

function handle(req: IncomingMessage, res: ServerResponse, text: string) {
  const url = new URL(req.url ?? '/', 'http://x');
  const route = routes.get(`${req.method} ${url.pathname}`);
  let json: Record<string, unknown> = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    stats.badRequests++;
    send(res, 400, Buffer.from('{"status":"Failed","retCode":"400","retMsg":"bad json"}'));
    return;
  }
  if (route?.kind === 'batch') {
    if (!req.headers['idempotency-key']) stats.withoutKey++;
    const rows = pointer(json, route.itemsPointer ?? '');
    if (!Array.isArray(rows)) {
      stats.badRequests++;
      send(res, 400, Buffer.from('{"status":"Failed","retCode":"400","retMsg":"no rows"}'));
      return;
    }
    stats.rows += rows.length;
    for (const r of rows) phones.add(String((r as { telephone?: unknown }).telephone));
    send(res, 200, envelope({ campaignId: 'bench', callingListCode: 'bench', code: 'bench' }));
    return;
  }
  if (route?.kind === 'paged') {
    const src = { ...Object.fromEntries(url.searchParams), ...json } as Record<string, unknown>;
    const page = Math.max(1, Number(src[route.pageParam ?? 'currPage'] ?? 1) || 1);
    let size = Number(src[route.sizeParam ?? 'pageSize'] ?? route.defaultPageSize ?? 10) || 10;
    if (route.maxPageSize) size = Math.min(size, route.maxPageSize);
    const from = (page - 1) * size;
    const list = [];
    for (let i = from; i < Math.min(from + size, totalItems); i++) list.push({ name: `flow-${i}`, code: String(i), remarks: '' });
    stats.pages++;
    const data: Record<string, unknown> = { [route.itemsField ?? 'list']: list, currPage: page, pageSize: size };
    if (route.shape === 'totalCount') Object.assign(data, { totalCount: totalItems, totalPage: Math.ceil(totalItems / size) });
    else data.total = totalItems;
    send(res, 200, envelope(data));
    return;
  }
  send(res, 404, Buffer.from('{"status":"Failed","retCode":"404","retMsg":"no such route in the bench fake"}'));
}

function release() {
  active--;
  stats.lastEnd = performance.now();
  const next = queue.shift();
  if (next) next();
}

const server = createServer((req, res) => {
  if (req.url === '/__stats') {
    send(res, 200, Buffer.from(JSON.stringify({
      ...stats, uniquePhones: phones.size, busyMs: stats.lastEnd - stats.firstStart, latencyMs, inflightCap, over, totalItems,
    })));
    return;
  }
  if (req.url === '/__reset') {
    stats = fresh();
    phones = new Set();
    send(res, 200, Buffer.from('{}'));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    if (req.url === TOKEN_PATH) {
      send(res, 200, token);
      return;
    }
    stats.requests++;
    const start = () => {
      active++;
      stats.maxInflight = Math.max(stats.maxInflight, active);
      if (!stats.firstStart) stats.firstStart = performance.now();
      setTimeout(() => {
        try {
          handle(req, res, text);
        } finally {
          release();
        }
      }, latencyMs);
    };
    if (active < inflightCap) start();
    else if (over === 'reject') {
      stats.rejected++;
      send(res, 429, Buffer.from('{"status":"Failed","retCode":"429","retMsg":"too many requests in flight"}'), { 'retry-after': '0' });
    } else {
      queue.push(start);
      stats.maxQueued = Math.max(stats.maxQueued, queue.length);
    }
  });
});
serve(server);
