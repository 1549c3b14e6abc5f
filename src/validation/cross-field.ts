/** Rules a JSON Schema cannot state: time ranges whose ends depend on each other. */
import type { ValidationIssue } from '../errors.js';
import { toMillis } from '../auth/jwt-lifetime.js';
import type { CrossFieldRule, RequestParts } from '../validate.js';

interface Stamp { ms: number; y: number; m: number; d: number; rest: number }

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?/;

/** Epoch s/ms (number or digits), `yyyy-MM-dd[ HH:mm[:ss]]` or ISO; compared wall-clock to wall-clock. */
export function parseStamp(v: unknown): Stamp | undefined {
  let ms: number | undefined;
  if (typeof v === 'number' && Number.isFinite(v)) ms = toMillis(v);
  else if (typeof v === 'string' && /^\d{9,}$/.test(v.trim())) ms = toMillis(Number(v.trim()));
  else if (typeof v === 'string') {
    const m = DATE_TIME.exec(v.trim());
    if (!m) return undefined;
    const [y, mo, d, h, mi, s, frac] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
    ms = Date.UTC(y!, mo! - 1, d!, h, mi, s, frac);
  }
  if (ms === undefined || Number.isNaN(ms)) return undefined;
  const dt = new Date(ms);
  return { ms, y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), rest: ms % 86_400_000 };
}

/** Every object (with its JSON pointer) in `root` that has both keys. */
function* objectsWith(root: unknown, a: string, b: string, path = ''): Generator<[string, Record<string, unknown>]> {
  if (!root || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) yield* objectsWith(root[i], a, b, `${path}/${i}`);
    return;
  }
  const o = root as Record<string, unknown>;
  if (o[a] !== undefined && o[a] !== null && o[b] !== undefined && o[b] !== null) yield [path, o];
  for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') yield* objectsWith(v, a, b, `${path}/${k}`);
}

function sources(req: RequestParts): [string, unknown][] {
  return [['/body', req.body], ['/query', req.query]];
}

/** `end` must be after `start` (strictly, or not before when `allowEqual`). */
export function endAfterStart(start: string, end: string, rule: string, allowEqual = false): CrossFieldRule {
  return (req) => {
    const issues: ValidationIssue[] = [];
    for (const [where, root] of sources(req)) {
      for (const [path, o] of objectsWith(root, start, end)) {
        const s = parseStamp(o[start]);
        const e = parseStamp(o[end]);
        if (!s || !e) continue;
        if (allowEqual ? e.ms < s.ms : e.ms <= s.ms) {
          issues.push({ path: `${where}${path}/${end}`, rule, message: `${end} must be ${allowEqual ? 'at or after' : 'after'} ${start}` });
        }
      }
    }
    return issues;
  };
}

/** `end` at most `months` calendar months after `start`. */
export function maxSpanMonths(start: string, end: string, months: number, rule: string): CrossFieldRule {
  return (req) => {
    const issues: ValidationIssue[] = [];
    for (const [where, root] of sources(req)) {
      for (const [path, o] of objectsWith(root, start, end)) {
        const s = parseStamp(o[start]);
        const e = parseStamp(o[end]);
        if (!s || !e) continue;
        const limit = Date.UTC(s.y, s.m + months, s.d) + s.rest;
        if (e.ms > limit) {
          issues.push({ path: `${where}${path}/${end}`, rule, message: `${start}..${end} must span at most ${months} months` });
        }
      }
    }
    return issues;
  };
}

const scheduleRule = endAfterStart('scheduleStartTime', 'scheduleEndTime', 'scheduleEndAfterStart');

export const crossFieldRules: Readonly<Record<string, readonly CrossFieldRule[]>> = {
  createOutboundTask: [scheduleRule],
  createContactPlans: [scheduleRule],
  searchOutboundTasks: [
    endAfterStart('creationTimeStart', 'creationTimeEnd', 'creationTimeEndNotBeforeStart', true),
    maxSpanMonths('creationTimeStart', 'creationTimeEnd', 12, 'creationTimeSpanMax12Months'),
  ],
};
