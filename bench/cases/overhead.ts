/**
 * What sobot-cc itself adds to a call, without the network: global fetch is replaced by a stub
 * that builds its Request as fetch does and answers at once with the seed envelope, and the same call is made raw (fetch + timeout
 * signal + JSON + success check, as in percall.ts), through bare openapi-fetch (as in
 * percall.ts) and through sobot.call (all on). In one process, interleaved; CPU µs per call.
 * sobot.call − openapi-fetch is what sobot-cc's pieces cost on top of the library they sit on,
 * free of the loopback noise percall.ts sees; run.ts sets it against openapi-fetch's real
 * per-call cost from percall.ts (the low-noise reading of the ≤ 1.05× target).
 *
 *   node --import tsx bench/cases/overhead.ts
 */
import { examples } from '../../generated/examples.js';
import { emit, log, quick, type Row } from '../lib/report.js';
import { loadSdk } from '../lib/sdk.js';
import { fmt, median, rotate } from '../lib/stats.js';
import type { paths } from '../../generated/types.js';

type Key = 'raw' | 'of' | 'sob';

const Q = quick();
const N = Q ? 3000 : 10000;
const ROUNDS = Q ? 4 : 10;

async function main() {
  const t0 = performance.now();
  const envelope = JSON.stringify(examples.getCallingListImportResults.response.seed);
  const tokenBody = JSON.stringify({ access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.c2ln', expires_in: 86400 });
  // as the real fetch does, the stub makes a Request of its own from what it is given (following
  // its signal: a cost a client pays for every signal it hands over), and answers as
  // servers/envelope.ts (percall.ts) does: JSON with a Content-Length
  const answer = (body: string) => new Response(body, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } });
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    return answer(request.url.endsWith('/tokens/company') ? tokenBody : envelope);
  }) as typeof fetch;
  const body = examples.getCallingListImportResults.body.seed;
  const { sdk, from } = await loadSdk();
  const sobot = sdk.createSobotClient({ baseUrl: 'http://127.0.0.1:9', credentials: { appId: 'bench-app', appSecret: 'bench-secret' } });
  const raw = async () => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), 30_000);
    try {
      const res = await fetch('http://127.0.0.1:9/x', {
        method: 'POST', body: JSON.stringify(body), signal: ctrl.signal,
        headers: { 'content-type': 'application/json', authorization: 't', timezoneid: 'Asia/Singapore', 'idempotency-key': crypto.randomUUID() },
      });
      const env = JSON.parse(await res.text()) as { status?: string; data?: unknown };
      if (res.status !== 200 || env.status !== 'Success') throw new Error('failed');
      return env.data;
    } finally {
      clearTimeout(timer);
    }
  };
  const sob = () => sobot.call('getCallingListImportResults', { body });
  // bare openapi-fetch, called as percall-worker.ts calls it (created after the stub: it keeps the fetch it finds)
  const { default: createClient } = await import('openapi-fetch');
  const ofClient = createClient<paths>({ baseUrl: 'http://127.0.0.1:9' });
  const of = async () => {
    const { data, response } = await ofClient.POST('/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result', {
      body, params: { header: { 'Idempotency-Key': crypto.randomUUID(), timezoneid: 'Asia/Singapore' } }, headers: { authorization: 't' },
    });
    if (response.status !== 200 || (data as { status?: string }).status !== 'Success') throw new Error('failed');
    return (data as { data?: unknown }).data;
  };
  const contenders: [Key, () => Promise<unknown>][] = [['raw', raw], ['of', of], ['sob', sob]];
  for (let i = 0; i < N; i++) for (const [, f] of contenders) await f();
  const cpu: Record<Key, number[]> = { raw: [], of: [], sob: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, f] of rotate(contenders, r)) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < N; i++) await f();
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / N);
    }
  }
  const own = median(cpu.sob.map((v, i) => v - cpu.raw[i]!));
  const overOf = median(cpu.sob.map((v, i) => v - cpu.of[i]!));
  log(`overhead: raw ${fmt(median(cpu.raw), 2)} µs, openapi-fetch ${fmt(median(cpu.of), 2)} µs, sobot-cc ${fmt(median(cpu.sob), 2)} µs (fetch stubbed) → over openapi-fetch ${fmt(overOf, 2)} µs/call`);
  const rows: Row[] = [
    { case: 'per-call: sobot-cc\'s pieces on top of openapi-fetch (fetch stubbed: sobot.call − bare openapi-fetch)', figure: `${fmt(overOf, 1)} µs/call`, target: '—', met: null },
    { case: 'per-call: sobot-cc\'s own CPU over raw fetch code (fetch stubbed: sobot.call − raw fetch+timeout code)', figure: `${fmt(own, 1)} µs/call`, target: '—', met: null },
  ];
  const details = [
    `Global fetch replaced by a stub that builds a Request from its arguments as fetch does and answers the seed envelope at once (with Content-Length, as servers/envelope.ts); ${ROUNDS} interleaved rounds × ${N} calls, one process, CPU µs/call (medians). SDK: ${from}.`,
    '',
    `| path (fetch stubbed) | CPU µs/call |`,
    `| --- | ---: |`,
    `| raw: AbortController + timer, fetch, text, JSON.parse, success check | ${fmt(median(cpu.raw), 2)} |`,
    `| bare openapi-fetch \`client.POST\` (as in percall.ts) | ${fmt(median(cpu.of), 2)} |`,
    `| sobot.call (auth, headers, idempotency key, validation, envelope, retry wiring) | ${fmt(median(cpu.sob), 2)} |`,
    `| sobot.call − raw (paired differences) | ${fmt(own, 2)} |`,
    `| sobot.call − openapi-fetch (paired differences): what the pieces cost on top of openapi-fetch | ${fmt(overOf, 2)} |`,
  ].join('\n');
  emit({ name: 'overhead', rows, details, data: { raw: cpu.raw, of: cpu.of, sob: cpu.sob, own, overOpenapiFetch: overOf, n: N, rounds: ROUNDS }, seconds: (performance.now() - t0) / 1000 });
}

main().catch((e: unknown) => {
  log(`overhead failed: ${(e as Error)?.stack ?? e}`);
  process.exitCode = 1;
});
