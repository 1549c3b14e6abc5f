/** `sobot-cc import <kind> --help`: the rows' columns and the template's fields, from the spec. */
import type { OperationMeta } from '../../src/spec-types.js';
import type { Context } from '../context.js';
import type { CliOperation } from '../spec/operation.js';
import { flatten, isObject } from '../spec/schema.js';
import { flagHelp } from './operation.js';
import { indent } from './text.js';
import { profileFor } from '../../src/bulk/profiles.js';

/** The body member that holds the rows (`dataDetails`), or undefined when the body is the array. */
export const itemsField = (op: OperationMeta) => op.batch!.itemsPointer.split('/')[1];

function rowSchemaHelp(ctx: Context, c: CliOperation): string[] {
  const field = itemsField(c.meta);
  const arr = field ? flatten(ctx.doc, (c.body?.properties as Record<string, never>)[field]) : c.body ?? {};
  const item = flatten(ctx.doc, arr.items);
  if (item.type !== 'object') {
    const column = profileFor(c.meta.operationId).valueColumn;
    return [`Rows: one value per row, ${column ? `from a column named "${column}" (or --column NAME, or the only column)` : 'from the only column (or --column NAME)'}:`,
      indent(String(item.description ?? ''), '  '), `  [${item.pattern ? `pattern ${item.pattern}` : String(item.type)}]`];
  }
  const required = new Set(Array.isArray(item.required) ? item.required.map(String) : []);
  const props = isObject(item.properties) ? item.properties : {};
  return ['Columns (CSV header) or JSON fields of a row; an empty cell is an absent value:',
    ...Object.entries(props).map(([name, node]) => {
      const s = flatten(ctx.doc, node);
      const own = isObject(node) && typeof node.$ref !== 'string' && typeof node.description === 'string' ? node.description : undefined;
      return flagHelp(ctx.doc, { name, where: 'body', schema: s, description: String(own ?? s.description ?? '').trim(), required: required.has(name) }).replace(/^ {2}--/, '  ');
    })];
}

export function importHelp(ctx: Context, kind: string, c: CliOperation): string {
  const m = c.meta;
  const field = itemsField(m);
  const template = c.flags.filter((f) => f.where === 'body' && f.name !== field);
  const limit = m.batch!.maxItemsSource === 'seed' ? `${m.batch!.maxItems} rows (the vendor's limit)` : `${m.batch!.maxItems} rows (the project's default; --chunk-size to change it)`;
  return [
    `sobot-cc import ${kind} --file rows.csv|rows.jsonl [flags] — ${m.summary} (${m.operationId}), for any number of rows`,
    '',
    indent(m.description ?? '', '  '),
    '',
    `Rows are checked against the spec before sending (invalid rows are reported with their line, never sent), sent in calls of at most ${limit},`,
    `${m.idempotent ? 'each with a stable Idempotency-Key, ' : ''}and every row ends up in the report: accepted, refused by the server, invalid, duplicate, unknown outcome or not sent.`,
    ...(m.batch!.resultOperation ? [`The server's own counts are then read with ${m.batch!.resultOperation} until they settle.`] : []),
    '',
    ...rowSchemaHelp(ctx, c),
    ...(template.length ? ['', 'Request fields sent with every call (flags, or --data with a JSON object of them):', ...template.map((f) => flagHelp(ctx.doc, f))] : []),
    '',
    'Import flags:',
    '  --file PATH            rows: CSV with a header line, or JSON Lines (.jsonl / .ndjson, or --format jsonl)',
    '  --format csv|jsonl     default: from the file name',
    '  --row-defaults JSON    fields every row gets unless it has its own, e.g. \'{"numberType":1}\'',
    '  --column NAME          the column holding the value when a row is a single value',
    '  --report PATH          where the JSON report goes (default: <file>.report.json)',
    '  --checkpoint PATH      the checkpoint journal (default: <file>.checkpoint.jsonl)',
    '  --resume               continue the import recorded in the checkpoint: finished calls are not sent again',
    m.idempotent
      ? '                         (a call cut off mid-way is sent again with its same Idempotency-Key)'
      : '                         (a call cut off mid-way is reported "unknown outcome", not sent again: this operation takes no Idempotency-Key)',
    ...(m.idempotent ? [] : ['  --resend-unknown       with --resume: send those cut-off calls again anyway (after checking on the server)']),
    '  --import-id ID         names the import (chunk Idempotency-Keys derive from it); default: random, kept in the checkpoint',
    '  --chunk-size N         rows per call',
    '  --concurrency N        at most N calls in flight (default 16): starts at 4, grows while the server keeps up, halves on a 429',
    '  --keep-duplicates      send repeated numbers too (by default the first one is sent, the others reported as duplicates)',
    ...(m.batch!.resultOperation ? ['  --poll-timeout SEC     wait this long for the server\'s counts (default 120)', '  --poll-interval MS      between two reads of the counts (default 2000)', '  --no-poll              do not wait for them'] : []),
    '  --progress / --no-progress   force the progress bar on or off (default: on when stderr is a terminal)',
    '',
    'Exit codes: 0 every row accepted (or a duplicate) · 1 stopped by an API failure, or rows with an unknown outcome ·',
    '2 usage, template or file error (nothing sent) · 3 finished with refused or invalid rows',
    '',
  ].join('\n');
}

