/** Rules a JSON Schema cannot state (time ranges whose ends depend on each other), as the spec's x-sobot-field-rules name them. */
import type { ValidationIssue } from '../errors.js';
import { toMillis } from '../auth/jwt-lifetime.js';
import type { CrossFieldRule, RequestParts } from '../validate.js';
import type { OperationMeta } from '../spec-types.js';

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

type FieldRule = OperationMeta['fieldRules'][number];

/** Checks every object of the request that carries both fields of a rule. */
function pairRule(r: FieldRule, broken: (s: Stamp, e: Stamp) => string | undefined): CrossFieldRule {
  return (req) => {
    const issues: ValidationIssue[] = [];
    for (const [where, root] of sources(req)) {
      for (const [path, o] of objectsWith(root, r.start, r.end)) {
        const s = parseStamp(o[r.start]);
        const e = parseStamp(o[r.end]);
        const message = s && e ? broken(s, e) : undefined;
        if (message) issues.push({ path: `${where}${path}/${r.end}`, rule: r.rule, message });
      }
    }
    return issues;
  };
}

/** The kinds of rule `x-sobot-field-rules` may name. */
const KINDS: Record<FieldRule['kind'], (r: FieldRule) => CrossFieldRule> = {
  // `end` after `start` (strictly, or not before when `allowEqual`)
  endAfterStart: (r) => pairRule(r, (s, e) =>
    (r.allowEqual ? e.ms < s.ms : e.ms <= s.ms) ? `${r.end} must be ${r.allowEqual ? 'at or after' : 'after'} ${r.start}` : undefined),
  // `end` at most `months` calendar months after `start`
  maxSpanMonths: (r) => pairRule(r, (s, e) =>
    e.ms > Date.UTC(s.y, s.m + r.months!, s.d) + s.rest ? `${r.start}..${r.end} must span at most ${r.months} months` : undefined),
};

/** The rules of every operation, from the spec's `x-sobot-field-rules` (via the operation table). */
export function crossFieldRulesOf(table: Readonly<Record<string, OperationMeta>>): Readonly<Record<string, readonly CrossFieldRule[]>> {
  return Object.fromEntries(Object.values(table).map((op) => [op.operationId, op.fieldRules.map((r) => KINDS[r.kind](r))]));
}
