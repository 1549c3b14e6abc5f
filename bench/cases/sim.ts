/**
 * The simulator (`sobot-cc sim`, the built CLI when dist/ exists): how fast it starts, and how
 * many requests it answers per second of its own CPU — one Node process, so that is one core —
 * for a read (searchSkillGroups, a page of 10) and for an import chunk (importCallingList, 500
 * new rows, duplicates removed within the calling list, a new Idempotency-Key each). The load
 * comes from this process (fetch, 8 in flight, keep-alive); the simulator's CPU time is read
 * from /proc before and after each window, so a busy load generator does not flatter it.
 *
 *   node --import tsx bench/cases/sim.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../lib/proc.js';
import { emit, log, mdTable, quick, type Row } from '../lib/report.js';
import { fmt, median } from '../lib/stats.js';

const Q = quick();
const WINDOW_MS = Q ? 2_000 : 6_000;
const STARTS = Q ? 3 : 7;
const IN_FLIGHT = 8;
const ROWS = 500;

function cpuMs(pid: number): number {
  // utime + stime, in clock ticks (100 per second on Linux)
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startSim(args: string[]): Promise<{ proc: ChildProcess; url: string; ms: number; cpu: number }> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [join(ROOT, 'cli/bin.mjs'), 'sim', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`sobot-cc sim exited with ${code} before printing its URL`)));
  });
  // wall time depends on what else the machine runs; the CPU the process spent to get there does not
  return { proc, url, ms: performance.now() - t0, cpu: cpuMs(proc.pid!) };
}

function stop(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}

async function token(url: string): Promise<string> {
  const t = Date.now();
  const sign = createHash('md5').update(`sim-app-id${t}tokensim-app-secret`).digest('hex');
  const r = await fetch(`${url}/tokens/company`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ responseType: 'token', appId: 'sim-app-id', currentTime: t, sign }) });
  return ((await r.json()) as { access_token: string }).access_token;
}

/** Requests answered 200 in the window, and the simulator's CPU ms spent on them. */
async function load(pid: number, send: (i: number) => Promise<Response>): Promise<{ ok: number; other: number; cpu: number; wall: number }> {
  let ok = 0;
  let other = 0;
  let i = 0;
  const cpu0 = cpuMs(pid);
  const t0 = performance.now();
  const until = t0 + WINDOW_MS;
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (performance.now() < until) {
      const res = await send(i++);
      await res.arrayBuffer();
      if (res.status === 200) ok++;
      else other++;
    }
  }));
  return { ok, other, cpu: cpuMs(pid) - cpu0, wall: performance.now() - t0 };
}

async function main() {
  const t0 = performance.now();
  const starts: number[] = [];
  const startCpu: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const s = await startSim(['--empty']);
    starts.push(s.ms);
    startCpu.push(s.cpu);
    await stop(s.proc);
  }
  log(`sim: started in ${starts.map((m) => fmt(m, 0)).join(', ')} ms wall, ${startCpu.join(', ')} ms CPU (spawn to first line)`);

  const sim = await startSim(['--settle-ms', '0']);
  try {
    const auth = await token(sim.url);
    const headers = { authorization: auth, 'content-type': 'application/json' };
    const read = await load(sim.proc.pid!, () => fetch(`${sim.url}/callservice/v6/cc-config/api/queues/_search`, { method: 'POST', headers, body: '{"currPage":2,"pageSize":10}' }));
    log(`sim: read: ${read.ok} ok, ${read.other} other in ${fmt(read.wall, 0)} ms, ${read.cpu} ms CPU`);
    const taskRes = await fetch(`${sim.url}/callservice/v6/cc-outbound/api/campaigns`, {
      method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ agentID: '3001', name: 'bench', dataTemplateCode: 'D', wrapUpTemplateCode: 'W', scheduleStartTime: 1, scheduleEndTime: 2 }),
    });
    const task = ((await taskRes.json()) as { data: { id: string } }).data;
    const chunk = (n: number) => JSON.stringify({
      agentID: '3001', campaignId: task.id, callingListCode: 'BENCH1', removeDuplicatesRule: 'RemoveDuplicatesInCallingList', assignRule: 'NoAssign',
      dataDetails: Array.from({ length: ROWS }, (_, r) => ({ telephone: `1${String(n * ROWS + r).padStart(10, '0')}`, name: `Customer ${r}` })),
    });
    const imp = await load(sim.proc.pid!, (i) => fetch(`${sim.url}/callservice/v6/cc-exports/api/campaigns/_import`, { method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body: chunk(i) }));
    log(`sim: import: ${imp.ok} ok, ${imp.other} other in ${fmt(imp.wall, 0)} ms, ${imp.cpu} ms CPU`);
    const state = (await (await fetch(`${sim.url}/__sim/state`)).json()) as { callingLists: { callingListCode: string; rows: unknown[] }[] };
    const rows = state.callingLists.find((l) => l.callingListCode === 'BENCH1')?.rows.length ?? 0;
    if (rows !== imp.ok * ROWS) throw new Error(`the simulator holds ${rows} rows, expected ${imp.ok * ROWS}`);

    const perCore = (r: typeof read) => (r.ok / r.cpu) * 1000;
    const perWall = (r: typeof read) => (r.ok / r.wall) * 1000;
    const startMs = median(starts);
    const rows_: Row[] = [
      { case: 'simulator: start (spawn to base URL printed)', figure: `${fmt(startMs, 0)} ms wall, ${fmt(median(startCpu), 0)} ms CPU (medians of ${STARTS})`, target: '< 1000 ms', met: startMs < 1000 },
      { case: 'simulator: read (searchSkillGroups) per second of one core', figure: `${fmt(perCore(read), 0)} req/s`, target: '—', met: null },
      { case: `simulator: import chunk (${ROWS} rows) per second of one core`, figure: `${fmt(perCore(imp), 0)} req/s (${fmt(perCore(imp) * ROWS, 0)} rows/s)`, target: '—', met: null },
    ];
    const details = [
      `\`sobot-cc sim\` as a user starts it (cli/bin.mjs: the built CLI when dist/ exists), in its own process; the load from the case process, ${IN_FLIGHT} requests in flight over keep-alive, for ${WINDOW_MS / 1000} s per operation. "Per second of one core" = answers / the simulator's own CPU time (utime + stime from /proc), so it does not depend on how much of the second core the load generator takes; wall-clock rates are shown too.`,
      '',
      mdTable(['', 'answered 200', 'other', 'wall s', 'sim CPU s', 'req/s per core', 'req/s wall'], [
        ['read: searchSkillGroups page 2 of 10', String(read.ok), String(read.other), fmt(read.wall / 1000, 1), fmt(read.cpu / 1000, 2), fmt(perCore(read), 0), fmt(perWall(read), 0)],
        [`import chunk: importCallingList ${ROWS} new rows`, String(imp.ok), String(imp.other), fmt(imp.wall / 1000, 1), fmt(imp.cpu / 1000, 2), fmt(perCore(imp), 0), fmt(perWall(imp), 0)],
      ], ['l', 'r', 'r', 'r', 'r', 'r', 'r']),
      '',
      `Start-up, spawn to the first line (the base URL): ${starts.map((m) => fmt(m, 0)).join(', ')} ms wall; CPU the process had used by then (Node's own start included, 10 ms ticks): ${startCpu.join(', ')} ms. Every imported row was checked held afterwards (${rows.toLocaleString('en-US')} rows).`,
    ].join('\n');
    emit({ name: 'sim', rows: rows_, details, data: { starts, startCpu, read, imp, rows }, seconds: (performance.now() - t0) / 1000 });
  } finally {
    await stop(sim.proc);
  }
}

main().catch((e: unknown) => {
  log(`sim bench failed: ${(e as Error)?.stack ?? e}`);
  process.exit(1);
});
