/**
 * The page a paged operation asks for when no page flag is given: the page field's schema
 * `default`, else the operation's `x-sobot-paging.defaultPageSize` for the size and the first
 * page (the schema's `minimum`, else 1) for the number. Read from the spec, so help and calls agree.
 */
import type { CliOperation, FlagSpec } from './operation.js';

export interface PageDefault {
  flag: FlagSpec;
  value: number;
  /** where the number comes from, for help */
  from: 'default' | 'x-sobot-paging.defaultPageSize' | 'minimum';
}

export function pageDefaults(c: CliOperation): PageDefault[] {
  const p = c.meta.paging;
  if (!p || p.shape === 'none') return [];
  const out: PageDefault[] = [];
  for (const [name, fallback] of [[p.pageParam, 'page'], [p.sizeParam, 'size']] as const) {
    const flag = c.flags.find((f) => f.name === name);
    if (!flag) continue;
    const s = flag.schema;
    if (typeof s.default === 'number') out.push({ flag, value: s.default, from: 'default' });
    else if (fallback === 'size' && typeof p.defaultPageSize === 'number') out.push({ flag, value: p.defaultPageSize, from: 'x-sobot-paging.defaultPageSize' });
    else if (fallback === 'page') out.push({ flag, value: typeof s.minimum === 'number' ? s.minimum : 1, from: 'minimum' });
  }
  return out;
}

/** The request with each page field the caller left out set to its default (nothing else changes). */
export function withPageDefaults<T extends { body?: unknown; query?: Record<string, unknown> }>(c: CliOperation, input: T): T {
  const defaults = pageDefaults(c);
  if (!defaults.length) return input;
  const body = input.body && typeof input.body === 'object' && !Array.isArray(input.body) ? { ...(input.body as Record<string, unknown>) } : undefined;
  const query = { ...input.query };
  for (const d of defaults) {
    if (d.flag.where === 'body' && body && body[d.flag.name] === undefined) body[d.flag.name] = d.value;
    if (d.flag.where === 'query' && query[d.flag.name] === undefined) query[d.flag.name] = d.value;
  }
  return { ...input, ...(body && { body }), ...(Object.keys(query).length > 0 && { query }) };
}
