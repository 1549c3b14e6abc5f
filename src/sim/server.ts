/**
 * The HTTP side, on node:http: routes from the operation table, then for each request the same
 * steps in the same order — limits (429), latency, auth (401), the contract (400), faults before
 * applying, Idempotency-Key, the operation's behaviour, faults after applying — each step able
 * to answer instead. Requests under `/__sim/` go to the admin API.
 *
 * node:http rather than a framework: 20 static routes are one Map lookup, validation is the
 * generated ajv code, and the SDK's users install nothing more (see docs/simulator.md for the
 * measured sizes).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { handleAdmin } from './admin.js';
import type { SimContext, SimResult } from './context.js';
import type { SimCore } from './core.js';
import { failure, SimFailure, success } from './envelope.js';
import { DEFAULT_TIME_ZONE } from './local-time.js';
import { checkRequest, describeIssues } from './request-check.js';
import { route, type SimOperation, type SimOperationId } from './router.js';
import type { JournalEntry } from './journal.js';
import { PER_ROW_OPERATIONS } from './resources/numbers.js';

export const ADMIN_PREFIX = '/__sim';

type Answer = { status: number; body: Record<string, unknown>; headers?: Record<string, string> } | 'reset' | 'hang';

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, contentType = 'application/json;charset=utf-8'): void {
  const text = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(text.length), ...headers });
  res.end(text);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createSimServer(core: SimCore, baseUrl: () => string): { server: Server; sockets: Set<Socket> } {
  const sockets = new Set<Socket>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    let raw: Buffer;
    try {
      raw = await readBody(req, core.options.maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLarge) return send(res, 413, failure(413, `request body larger than ${core.options.maxBodyBytes} bytes`), { connection: 'close' });
      throw e;
    }
    if (url.pathname === ADMIN_PREFIX || url.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      const a = handleAdmin(core, method, url, raw, baseUrl());
      return send(res, a.status, a.body, {}, a.contentType);
    }

    const found = route(method, url.pathname);
    let body: unknown;
    let parseProblem: string | undefined;
    if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch (e) {
        parseProblem = `/body: json (not JSON: ${(e as Error).message})`;
        body = raw.toString('utf8').slice(0, 2000);
      }
    }
    const entry = core.journal.record(core.options.now(), method, url, req.headers, body, found && 'op' in found ? found.op.operationId : undefined);
    if (!found) return finish(res, entry, { status: 404, body: failure(404, `no operation at ${method} ${url.pathname} (openapi.yaml has none there)`) });
    if (!('op' in found)) {
      return finish(res, entry, { status: 405, body: failure(405, `${url.pathname} takes ${found.allowed.join(', ')}, not ${method}`), headers: { allow: found.allowed.join(', ') } });
    }
    const op = found.op;
    const admission = core.faults.admit(op.operationId);
    if ('retryAfter' in admission) {
      entry.fault = '429';
      return finish(res, entry, { status: 429, body: failure(429, `too many requests for ${op.operationId}; retry after ${admission.retryAfter} s`), headers: { 'retry-after': String(admission.retryAfter) } });
    }
    try {
      const delay = core.faults.delay(op.operationId);
      if (delay > 0) {
        entry.fault = 'latency';
        await sleep(delay);
      }
      finish(res, entry, answer(op, url, req, body, parseProblem, entry));
    } finally {
      admission.release();
    }
  }

  function answer(op: SimOperation, url: URL, req: IncomingMessage, parsed: unknown, parseProblem: string | undefined, entry: JournalEntry): Answer {
    if (op.security) {
      const refusal = core.tokens.refusal(req.headers.authorization);
      if (refusal) return { status: 401, body: failure(401, refusal, null, 'Unauthorized') };
    }
    if (parseProblem) return { status: 400, body: failure(400, `request refused: ${parseProblem}`, { issues: [{ path: '/body', rule: 'json', message: parseProblem }] }) };
    // an absent optional body is an empty object, as the SDK sends it
    const body = parsed === undefined && op.requestBody && !op.requestBody.required ? {} : parsed;
    const { request, issues: all } = checkRequest(op, url, req.headers, body);
    const perRow = PER_ROW_OPERATIONS.has(op.operationId);
    const rowIssues = perRow ? all.filter((i) => /^\/body\/\d+(\/|$)/.test(i.path)) : [];
    const issues = perRow ? all.filter((i) => !rowIssues.includes(i)) : all;
    if (issues.length) return { status: 400, body: failure(400, describeIssues(issues), { issues }) };
    const timeZone = request.headers.timezoneid ?? DEFAULT_TIME_ZONE;

    const before = core.faults.strike(op.operationId, 'before');
    if (before) return struck(before, entry);

    const key = request.headers['Idempotency-Key'];
    const replays = op.idempotent && !op.safe && key !== undefined;
    if (replays) {
      const admitted = core.idempotency.admit(key, op.operationId, body);
      if (admitted.kind === 'replay') {
        entry.replayed = true;
        return { status: admitted.status, body: admitted.body, headers: { 'idempotent-replayed': 'true' } };
      }
      if (admitted.kind === 'mismatch') return { status: 409, body: failure(409, `/headers/Idempotency-Key: reused (key ${key} was first sent with another operation or body; use a new key for a new request)`) };
      if (admitted.kind === 'in-flight') return { status: 409, body: failure(409, `/headers/Idempotency-Key: in flight (a request with key ${key} is still being answered)`) };
    }

    let result: { status: number; body: Record<string, unknown> };
    const ctx: SimContext = {
      op, state: core.state, body, query: request.query, headers: request.headers, timeZone,
      language: request.headers.language ?? 'en', now: core.options.now(), settleMs: core.settleMs, baseUrl: baseUrl(),
      ...(perRow && { rowIssues }),
    };
    try {
      const out: SimResult = core.handlers[op.operationId as SimOperationId](ctx);
      result = { status: 200, body: 'raw' in out ? out.raw : success(out.kind, out.data, out.message) };
      entry.applied = true;
      if (!op.safe) core.changed();
    } catch (e) {
      // a refusal is an answer like any other (kept for the key); a simulator bug frees the key
      if (!(e instanceof SimFailure) && replays) core.idempotency.release(key);
      result = refusal(e);
    }
    if (replays) core.idempotency.settle(key, result.status, result.body);

    const after = core.faults.strike(op.operationId, 'after');
    if (after) return struck(after, entry);
    return result;
  }

  function refusal(e: unknown): { status: number; body: Record<string, unknown> } {
    if (e instanceof SimFailure) return { status: e.status, body: failure(e.status, e.message, e.data, e.status === 401 ? 'Unauthorized' : 'Failure') };
    throw e;
  }

  function struck(s: NonNullable<ReturnType<SimCore['faults']['strike']>>, entry: JournalEntry): Answer {
    if ('reset' in s) {
      entry.fault = 'reset';
      return 'reset';
    }
    if ('hang' in s) {
      entry.fault = 'hang';
      return 'hang';
    }
    entry.fault = s.inEnvelopeOnly ? `${s.status} in the envelope` : String(s.status);
    const body = failure(s.status, `fault injected by the simulator (${entry.applied ? 'after' : 'before'} the request was applied)`);
    return { status: s.inEnvelopeOnly ? 200 : s.status, body };
  }

  function finish(res: ServerResponse, entry: JournalEntry, a: Answer): void {
    if (a === 'hang') {
      // no answer: the request ends when the client goes away or the simulator closes
      res.once('close', () => { entry.answeredAt ??= core.options.now(); });
      return;
    }
    entry.answeredAt = core.options.now();
    if (a === 'reset') {
      res.socket?.destroy();
      return;
    }
    entry.status = a.status;
    send(res, a.status, a.body, a.headers);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // a simulator bug: answered as a 500 naming it, never a hung request
      if (!res.headersSent) send(res, 500, failure(500, `simulator error: ${(e as Error).stack ?? String(e)}`));
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return { server, sockets };
}
