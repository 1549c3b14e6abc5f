/**
 * Does `requestTransport()` (lib/transports.ts) behave like fetch where sobot-cc can tell?
 * The same exchanges through global fetch and through the transport, compared: statuses,
 * headers, bodies, redirects, gzip, 204, errors, multi-valued headers, aborts, timeouts,
 * refused connections, a body cut mid-way; then the same failures through sobot-cc itself.
 * Where sobot-cc promises an outcome of its own, agreeing with fetch is not enough: a 3xx must
 * come back as it is (the client sends redirect "manual") and be refused (src/redirect-policy.ts,
 * issue 13), so a transport and a fetch that both followed the redirect would agree and still
 * fail here. (That the refusal names the Location is pinned by test/sdk/hostile-servers.test.ts.)
 * Functional, not timed; part of the per-call section of RESULTS.md.
 *
 *   node --import tsx bench/cases/transport-check.ts
 */
import { createServer } from 'node:net';
import { BENCH, startServer } from '../lib/proc.js';
import { emit, log, mdTable, type Row } from '../lib/report.js';
import { loadSdk } from '../lib/sdk.js';
import { requestTransport } from '../lib/transports.js';

type Fetchish = (req: Request) => Promise<Response>;

interface Outcome { ok: boolean; summary: string }

async function exchange(f: Fetchish, req: Request, readBody = true): Promise<string> {
  try {
    const res = await f(req);
    const h = ['content-type', 'content-encoding', 'x-multi', 'retry-after', 'location']
      .filter((k) => res.headers.get(k) !== null).map((k) => `${k}: ${res.headers.get(k)}`).join(', ');
    if (!readBody) return `${res.status} (${h})`;
    try {
      const text = await res.text();
      return `${res.status} (${h}) body ${text === '' ? '(empty)' : text}`;
    } catch (e) {
      return `${res.status} (${h}) body rejected: ${errShape(e)}`;
    }
  } catch (e) {
    return `rejected: ${errShape(e)}`;
  }
}

/** What a caller can rely on from an error: its name and the code somewhere in the cause chain. */
function errShape(e: unknown): string {
  let code: string | undefined;
  for (let c = e, i = 0; c && typeof c === 'object' && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const k = (c as { code?: unknown }).code;
    if (typeof k === 'string') {
      code = k;
      break;
    }
  }
  const name = (e as Error)?.name;
  const family = name === 'AbortError' || name === 'TimeoutError' ? 'abort' : code === 'ECONNREFUSED' ? 'refused' : 'network';
  return `${family}${code === 'ECONNREFUSED' ? ' (ECONNREFUSED)' : ''}`;
}

async function freePortClosed(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function main() {
  const t0 = performance.now();
  const server = await startServer(`${BENCH}servers/conformance.ts`);
  const transport = await requestTransport();
  const u = (p: string) => `${server.url}${p}`;
  const closed = await freePortClosed();
  const scenarios: [string, () => Request, boolean?][] = [
    ['GET JSON', () => new Request(u('/ok'))],
    ['POST JSON with headers (echoed)', () => new Request(u('/echo?x=1'), { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json', authorization: 'tok', 'idempotency-key': 'k-1', 'x-custom': 'v', timezoneid: 'Asia/Singapore' } })],
    ['redirect 302 → followed', () => new Request(u('/redirect'))],
    ['gzip body decoded', () => new Request(u('/gzip'))],
    ['204 no body', () => new Request(u('/204'))],
    ['500 with JSON body + Retry-After', () => new Request(u('/500'))],
    ['multi-valued headers', () => new Request(u('/multi'))],
    ['caller abort (signal aborted after 100 ms)', () => new Request(u('/slow'), { signal: AbortSignal.timeout(100) })],
    ['connection refused', () => new Request(`http://127.0.0.1:${closed}/ok`)],
    ['body cut mid-way (status first)', () => new Request(u('/cut'))],
  ];
  const results: { name: string; fetch: string; transport: string; same: boolean; promised?: string }[] = [];
  try {
    for (const [name, mk] of scenarios) {
      const a = await exchange(fetch, mk());
      const b = await exchange(transport, mk());
      results.push({ name, fetch: a, transport: b, same: a === b });
      log(`transport-check: ${name}: ${a === b ? 'same' : `DIFFERENT\n  fetch:     ${a}\n  transport: ${b}`}`);
    }
    // the same failures through sobot-cc, as a caller sees them
    const { sdk } = await loadSdk();
    const viaSdk = async (f: Fetchish | undefined, baseUrl: string, o: { timeoutMs?: number } = {}, scenario?: string): Promise<string> => {
      const sobot = sdk.createSobotClient({ baseUrl, token: 'static-token', retry: false, validate: false, ...(f ? { fetch: f } : {}) });
      try {
        const data = await sobot.call('searchPublishedIvrFlows', { body: {}, ...(scenario ? { headers: { 'x-scenario': scenario } } : {}) } as never, o);
        return `resolved ${JSON.stringify(data)}`;
      } catch (e) {
        const err = e as { name: string; status?: number; mayHaveBeenApplied?: boolean; timeout?: string };
        return `${err.name} status=${err.status} applied=${err.mayHaveBeenApplied}${err.timeout ? ` timeout=${err.timeout}` : ''}`;
      }
    };
    // the third member: what the policy promises, which both must give (not only the same thing)
    const sdkCases: [string, (f?: Fetchish) => Promise<string>, string?][] = [
      ['sobot-cc: success envelope', (f) => viaSdk(f, server.url, {}, 'ok')],
      ['sobot-cc: gzip success envelope', (f) => viaSdk(f, server.url, {}, 'gzip')],
      // the client sends redirect "manual": the 303 comes back as it is and is refused, never followed to /ok
      ['sobot-cc: 303 redirect refused', (f) => viaSdk(f, server.url, {}, 'see-other'), 'SobotHttpError status=303 applied=false'],
      ['sobot-cc: HTTP 500', (f) => viaSdk(f, server.url, {}, '500')],
      ['sobot-cc: per-attempt timeout', (f) => viaSdk(f, server.url, { timeoutMs: 100 }, 'slow')],
      ['sobot-cc: connection refused', (f) => viaSdk(f, `http://127.0.0.1:${closed}`)],
      ['sobot-cc: body cut after the status', (f) => viaSdk(f, server.url, {}, 'cut')],
    ];
    for (const [name, run, promised] of sdkCases) {
      const a = await run();
      const b = await run(transport);
      const same = a === b && (promised === undefined || a === promised);
      results.push({ name, fetch: a, transport: b, same, promised });
      log(`transport-check: ${name}: ${same ? (promised ? 'as promised' : 'same') : `${a === b ? 'NOT AS PROMISED' : 'DIFFERENT'}\n  fetch:     ${a}\n  transport: ${b}${promised ? `\n  promised:  ${promised}` : ''}`}`);
    }
  } finally {
    await server.stop();
  }
  const same = results.filter((r) => r.same).length;
  const rows: Row[] = [
    { case: 'custom transport behaves like fetch (edge cases compared)', figure: `${same} of ${results.length} identical (and as the redirect policy promises)${same < results.length ? `; differs: ${results.filter((r) => !r.same).map((r) => r.name).join(', ')}` : ''}`, target: 'all', met: same === results.length },
  ];
  const details = [
    'Each exchange through Node\'s global fetch and through `requestTransport()`, both handed the same `Request`; compared: status, headers `content-type`, `content-encoding`, `x-multi`, `retry-after`, `location`, the body text, and for failures the kind of error (abort, refused with ECONNREFUSED in the cause chain, other network) — what sobot-cc\'s error mapping reads. The last rows go through `sobot.call` with each transport; where sobot-cc promises an outcome (a 3xx refused as it is, never followed), both must give that outcome, not merely the same one.',
    '',
    mdTable(['exchange', 'through fetch', 'through requestTransport'], results.map((r) => [r.name, `\`${r.fetch.slice(0, 110)}\``, r.same ? (r.promised ? 'same, as promised' : 'same') : `**differs${r.transport === r.fetch ? ' from the promise' : ''}:** \`${r.transport.slice(0, 110)}\``])),
  ].join('\n');
  emit({ name: 'transport-check', rows, details, data: results, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`transport-check failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
