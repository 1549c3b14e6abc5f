/** `sobot-cc <operation> --help`: the spec's summary, description and per-field descriptions. */
import { examples } from '../../generated/examples.js';
import type { OperationId } from '../../generated/operations.js';
import type { CliOperation, FlagSpec } from '../spec/operation.js';
import type { JsonObject } from '../spec/load.js';
import { constraintText, enumLines, typeLabel } from '../spec/schema.js';
import { pageDefaults, type PageDefault } from '../spec/paging.js';
import { indent } from './text.js';

export function flagHelp(doc: JsonObject, f: FlagSpec): string {
  const head = `  --${f.name} <${typeLabel(doc, f.schema)}>${f.required ? '  (required)' : ''}`;
  const lines = [head];
  if (f.description) lines.push(indent(f.description, '      '));
  const rules = constraintText(doc, f.schema);
  if (rules.length) lines.push(`      [${rules.join('; ')}]`);
  for (const e of enumLines(f.schema)) if (!f.description.includes(e)) lines.push(`      ${e}`);
  return lines.join('\n');
}

/**
 * A page field as help shows it: its default as a number. A shared schema (PageSize) can only
 * point at the operation's x-sobot-paging for it; here the operation is known, so the number is given.
 */
function withDefault(f: FlagSpec, defaults: PageDefault[]): FlagSpec {
  const d = defaults.find((x) => x.flag === f);
  if (!d || f.schema.default !== undefined) return f;
  const description = f.description.replace(/\s*\((?:see )?`?x-sobot-paging[^)]*\)/, ` (${d.value} for this operation)`);
  return { ...f, description, schema: { ...f.schema, default: d.value } };
}

function traits(c: CliOperation): string {
  const m = c.meta;
  return [
    `operationId ${m.operationId}`,
    `tag ${m.tag}`,
    m.safe ? 'read-only' : 'writes',
    m.idempotent ? 'takes an Idempotency-Key (one is generated per call; --Idempotency-Key to choose it)' : undefined,
  ].filter(Boolean).join(' · ');
}

export function operationHelp(doc: JsonObject, c: CliOperation): string {
  const m = c.meta;
  const cmd = m.command;
  const out: string[] = [
    `sobot-cc ${cmd} — ${m.summary}`,
    '',
    `  ${m.method.toUpperCase()} ${m.path}`,
    `  ${traits(c)}`,
    '',
    indent(m.description ?? '', '  '),
  ];
  const defaults = pageDefaults(c);
  const group = (title: string, where: FlagSpec['where']) => {
    const flags = c.flags.filter((f) => f.where === where);
    if (flags.length) out.push('', `${title}:`, ...flags.map((f) => flagHelp(doc, withDefault(f, defaults))));
  };
  group('Request body fields', 'body');
  group('Query parameters', 'query');
  group('Headers', 'header');
  if (m.requestBody) {
    out.push('', 'The body can also be given whole: --data \'<json>\', --data @file.json or --data - (standard input);',
      m.requestBody.kind === 'object' ? 'flags then set or replace its top-level fields.' : 'it is a JSON array, so it is given with --data only.');
  }
  if (m.paging) {
    const size = m.paging.maxPageSize ? `, pages of up to ${m.paging.maxPageSize}` : '';
    const first = defaults.map((d) => `--${d.flag.name} ${d.value}`).join(' ');
    out.push('', m.paging.shape === 'none'
      ? 'Returns the whole list in one answer.'
      : `Paged (${m.paging.pageParam}/${m.paging.sizeParam}${size}): without page flags, one page as ${first || 'the server chooses'}; --all follows every page; --limit N stops after N items.`);
  }
  if (m.batch) {
    out.push('', `For files of any size: sobot-cc import ${m.importKind} --file rows.csv (calls of at most ${m.batch.maxItems} rows, checkpoint and report).`);
  }
  const ex = examples[m.operationId as OperationId] as { body: Record<string, unknown>; query?: Record<string, unknown> } | undefined;
  const body = ex && Object.values(ex.body)[0];
  const query = ex?.query ? Object.entries(ex.query).map(([k, v]) => `--${k} ${JSON.stringify(String(v))}`).join(' ') : '';
  if (body !== undefined || query) {
    out.push('', 'Example (the spec\'s request example):',
      `  sobot-cc ${cmd}${query ? ` ${query}` : ''}${body !== undefined ? ` --data '${JSON.stringify(body)}'` : ''}`);
  }
  out.push('', 'Common flags: --json | --output table|json, --profile NAME, --base-url URL, --timeout MS, --debug', '');
  return out.join('\n');
}
