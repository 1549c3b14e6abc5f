/**
 * The admin API under `/__sim` (WireMock keeps its own under `/__admin`; a prefix no Sobot path
 * can have). Plain JSON, no envelope and no token: it is the test's side of the simulator, on
 * loopback. Every endpoint has a twin on the object startSimulator() returns.
 *
 *   GET    /__sim                    what is here
 *   POST   /__sim/reset              back to the starting data ({"empty":true}: to no data); keys, faults, journal cleared
 *   GET    /__sim/state              export the state      PUT /__sim/state   load one (replaces it whole)
 *   GET    /__sim/requests           the journal (?operationId=…)           DELETE: clear it
 *   GET    /__sim/faults             the fault rules       POST: add a rule or an array of rules   DELETE: remove all
 *   DELETE /__sim/faults/{id}        remove one rule
 *   POST   /__sim/tokens/expire      every token issued so far expires now
 *   GET    /__sim/config             settings              PATCH: change settleMs
 *   GET    /__sim/reports/{callingListCode}.csv   the error report an import result links to
 */
import type { SimCore } from './core.js';
import { faultRuleIssues, type FaultRule } from './faults.js';
import { operationIds } from './router.js';
import { errorReport } from './resources/calling-lists.js';

export interface AdminAnswer {
  status: number;
  body: unknown;
  contentType?: string;
}

const error = (status: number, message: string): AdminAnswer => ({ status, body: { error: message } });

function json(raw: Buffer, allowEmpty: boolean): { value: unknown } | AdminAnswer {
  if (raw.length === 0) return allowEmpty ? { value: undefined } : error(400, 'a JSON body is required');
  try {
    return { value: JSON.parse(raw.toString('utf8')) };
  } catch (e) {
    return error(400, `body is not JSON: ${(e as Error).message}`);
  }
}

export function handleAdmin(core: SimCore, method: string, url: URL, raw: Buffer, baseUrl: string): AdminAnswer {
  const path = url.pathname.replace(/\/+$/, '');
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /__sim':
      return { status: 200, body: { simulator: 'sobot-cc', baseUrl, operations: operationIds(), appId: core.options.appId, endpoints: ENDPOINTS } };
    case 'POST /__sim/reset': {
      const b = json(raw, true);
      if ('status' in b) return b;
      const empty = (b.value as { empty?: unknown } | undefined)?.empty;
      if (empty !== undefined && typeof empty !== 'boolean') return error(400, '/empty: must be true or false');
      core.reset(empty ? 'empty' : undefined);
      return { status: 200, body: { reset: true, empty: !!empty } };
    }
    case 'GET /__sim/state':
      return { status: 200, body: core.export() };
    case 'PUT /__sim/state': {
      const b = json(raw, false);
      if ('status' in b) return b;
      try {
        core.load(b.value, 'PUT /__sim/state');
      } catch (e) {
        return error(400, (e as Error).message);
      }
      return { status: 200, body: { loaded: true } };
    }
    case 'GET /__sim/requests': {
      const operationId = url.searchParams.get('operationId') ?? undefined;
      return { status: 200, body: core.journal.list(operationId === undefined ? {} : { operationId }) };
    }
    case 'DELETE /__sim/requests':
      core.journal.clear();
      return { status: 200, body: { cleared: true } };
    case 'GET /__sim/faults':
      return { status: 200, body: core.faults.list() };
    case 'POST /__sim/faults': {
      const b = json(raw, false);
      if ('status' in b) return b;
      const rules = Array.isArray(b.value) ? b.value : [b.value];
      const issues = rules.flatMap((r, i) => faultRuleIssues(r, Array.isArray(b.value) ? `/${i}` : ''));
      if (issues.length) return error(400, issues.join('; '));
      return { status: 201, body: { ids: rules.map((r) => core.faults.add(r as FaultRule)) } };
    }
    case 'DELETE /__sim/faults':
      core.faults.clear();
      return { status: 200, body: { cleared: true } };
    case 'POST /__sim/tokens/expire':
      core.tokens.expireAll();
      return { status: 200, body: { expired: true } };
    case 'GET /__sim/config':
      return { status: 200, body: config(core) };
    case 'PATCH /__sim/config': {
      const b = json(raw, false);
      if ('status' in b) return b;
      const v = b.value as Record<string, unknown>;
      for (const k of Object.keys(v ?? {})) if (k !== 'settleMs') return error(400, `/${k}: not a setting that can change while running (settleMs can)`);
      if (v.settleMs !== undefined) {
        if (typeof v.settleMs !== 'number' || !(v.settleMs >= 0)) return error(400, '/settleMs: must be a number >= 0');
        core.settleMs = v.settleMs;
      }
      return { status: 200, body: config(core) };
    }
  }
  const fault = /^\/__sim\/faults\/(\d+)$/.exec(path);
  if (fault && method === 'DELETE') return core.faults.remove(Number(fault[1])) ? { status: 200, body: { removed: Number(fault[1]) } } : error(404, `no fault rule ${fault[1]}`);
  const report = /^\/__sim\/reports\/([^/]+)\.csv$/.exec(path);
  if (report && method === 'GET') {
    const csv = errorReport(core.state, decodeURIComponent(report[1]!));
    return csv === undefined ? error(404, `no calling list ${report[1]}`) : { status: 200, body: csv, contentType: 'text/csv;charset=utf-8' };
  }
  return error(404, `no admin endpoint ${method} ${path}; GET /__sim lists them`);
}

function config(core: SimCore) {
  const o = core.options;
  return { appId: o.appId, tokenLifetimeMs: o.tokenLifetimeMs, maxClockSkewMs: o.maxClockSkewMs, settleMs: core.settleMs, journalLimit: o.journalLimit, idempotencyTtlMs: o.idempotencyTtlMs, stateFile: o.stateFile ?? null };
}

const ENDPOINTS = [
  'POST /__sim/reset', 'GET|PUT /__sim/state', 'GET|DELETE /__sim/requests', 'GET|POST|DELETE /__sim/faults', 'DELETE /__sim/faults/{id}',
  'POST /__sim/tokens/expire', 'GET|PATCH /__sim/config', 'GET /__sim/reports/{callingListCode}.csv',
];
