/**
 * One client of the per-call benchmark, in its own process (forked by percall.ts with IPC).
 * Every case sends the same request — POST getCallingListImportResults with the seed body,
 * Authorization, timezoneid, a fresh Idempotency-Key, JSON content type — and returns the
 * envelope's `data`, checking success the cheapest way that client allows.
 *
 * Messages: {run: n} → {wallNs, cpuUs, userUs, sysUs, n}; the parent times nothing itself.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { examples } from '../../generated/examples.js';
import { operations } from '../../generated/operations.js';
import type { paths } from '../../generated/types.js';
import { exitWithParent } from '../lib/proc.js';
import { loadSdk } from '../lib/sdk.js';

const [caseName, baseUrl] = process.argv.slice(2);
const op = operations.getCallingListImportResults;
const url = baseUrl + op.path;
const body = examples.getCallingListImportResults.body.seed;
const bodyJson = () => JSON.stringify(body);
const TOKEN_PATH = '/tokens/company';

async function fetchToken(): Promise<string> {
  const res = await fetch(baseUrl + TOKEN_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return ((await res.json()) as { access_token: string }).access_token;
}

interface Env { status?: string; data?: unknown }
function dataOf(status: number, env: Env): unknown {
  if (status < 200 || status > 299 || env.status !== 'Success') throw new Error(`call failed: ${status} ${env.status}`);
  return env.data;
}

type Call = () => Promise<unknown>;

/** The per-attempt timeout every production client has: an AbortController and a timer. */
async function withTimeout<T>(f: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), 30_000);
  try {
    return await f(ctrl.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function makeCall(name: string): Promise<{ call: Call; from?: string }> {
  const headers = (token: string) => ({
    'content-type': 'application/json', authorization: token, timezoneid: 'Asia/Singapore', 'idempotency-key': randomUUID(),
  });
  switch (name) {
    case 'fetch': {
      const token = await fetchToken();
      return {
        call: async () => {
          const res = await fetch(url, { method: 'POST', headers: headers(token), body: bodyJson() });
          return dataOf(res.status, (await res.json()) as Env);
        },
      };
    }
    case 'fetch+timeout': {
      // raw fetch with the per-attempt timeout every production client needs (AbortController + timer)
      const token = await fetchToken();
      return {
        call: () => withTimeout(async (signal) => {
          const res = await fetch(url, { method: 'POST', headers: headers(token), body: bodyJson(), signal });
          return dataOf(res.status, (await res.json()) as Env);
        }),
      };
    }
    case 'fetch(Request)': {
      // what openapi-fetch hands to fetch: a Request object instead of (url, init)
      const token = await fetchToken();
      return {
        call: async () => {
          const res = await fetch(new Request(url, { method: 'POST', headers: headers(token), body: bodyJson() }));
          return dataOf(res.status, (await res.json()) as Env);
        },
      };
    }
    case 'openapi-fetch': {
      const { default: createClient } = await import('openapi-fetch');
      const token = await fetchToken();
      const client = createClient<paths>({ baseUrl });
      return {
        call: async () => {
          const h = headers(token);
          const { data, response } = await client.POST('/callservice/v6/cc-outbound/api/campaigns/calling-list/import-result', {
            body,
            params: { header: { 'Idempotency-Key': h['idempotency-key'], timezoneid: h.timezoneid } },
            headers: { authorization: h.authorization },
          });
          return dataOf(response.status, (data ?? {}) as Env);
        },
      };
    }
    case 'axios': {
      const { default: axios } = await import('axios');
      const token = await fetchToken();
      const ax = axios.create({ baseURL: baseUrl });
      return {
        call: async () => {
          const res = await ax.post<Env>(op.path, body, { headers: headers(token) });
          return dataOf(res.status, res.data);
        },
      };
    }
    case 'undici.request': {
      const { request } = await import('undici');
      const token = await fetchToken();
      return {
        call: async () => {
          const res = await request(url, { method: 'POST', headers: headers(token), body: bodyJson() });
          return dataOf(res.statusCode, (await res.body.json()) as Env);
        },
      };
    }
    case 'undici.request+agent': {
      const { request } = await import('undici');
      const { keepAliveAgent } = await import('../lib/transports.js');
      const token = await fetchToken();
      const dispatcher = await keepAliveAgent();
      return {
        call: async () => {
          const res = await request(url, { method: 'POST', headers: headers(token), body: bodyJson(), dispatcher });
          return dataOf(res.statusCode, (await res.body.json()) as Env);
        },
      };
    }
    default: {
      // sobot-cc variants: sobot-cc | sobot-cc-novalidate | sobot-cc+request | sobot-cc+agent
      const { sdk, from } = await loadSdk();
      const t = name.includes('+') ? await import('../lib/transports.js') : undefined;
      const transport = name.endsWith('+request') ? await t!.requestTransport()
        : name.endsWith('+agent') ? await t!.agentFetch()
          : undefined;
      const sobot = sdk.createSobotClient({
        baseUrl,
        credentials: { appId: 'bench-app', appSecret: 'bench-secret' },
        validate: !name.includes('novalidate'),
        ...(transport ? { fetch: transport } : {}),
      });
      return { call: () => sobot.call('getCallingListImportResults', { body }), from };
    }
  }
}

/** Runs `work` under the V8 sampling profiler and writes the .cpuprofile to `file`. */
async function profile<T>(n: number, file: string, work: () => Promise<T>): Promise<T & { file: string }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  const r = await work();
  const { profile: prof } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(prof));
  return { ...r, file };
}

async function main() {
  const { call, from } = await makeCall(caseName);
  // correctness check before anything is timed
  const data = (await call()) as { totalCount?: number };
  if (data?.totalCount !== 13) throw new Error(`${caseName}: unexpected data ${JSON.stringify(data)}`);

  const run = async (n: number) => {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await call();
    const wallNs = Number(process.hrtime.bigint() - t0);
    const c = process.cpuUsage(c0);
    return { n, wallNs, cpuUs: c.user + c.system, userUs: c.user, sysUs: c.system };
  };
  process.on('message', (m: { run?: number; warm?: number; profile?: number; file?: string }) => {
    if (m.profile) {
      profile(m.profile, m.file!, () => run(m.profile!)).then((r) => process.send!(r), (e: unknown) => {
        process.send!({ error: String((e as Error)?.stack ?? e) });
      });
      return;
    }
    const n = m.run ?? m.warm ?? 0;
    run(n).then((r) => process.send!({ ...r, rssBytes: process.memoryUsage().rss }), (e: unknown) => {
      process.send!({ error: String((e as Error)?.stack ?? e) });
    });
  });
  process.send!({ ready: true, from });
}

exitWithParent();
main().catch((e: unknown) => {
  process.send?.({ error: String((e as Error)?.stack ?? e) });
  process.exitCode = 1;
});
