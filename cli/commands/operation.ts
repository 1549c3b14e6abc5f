/** `sobot-cc <operation>` and `sobot-cc call <operationId>`: one call through the SDK, printed. */
import type { OperationMeta } from '../../generated/operations.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { operationHelp } from '../help/operation.js';
import { asJson, dataTable, outputMode, withMaskNote } from '../output/render.js';
import { listTable } from '../output/table.js';
import { responseColumns } from '../spec/response.js';
import { cliOperation } from '../spec/operation.js';
import { withPageDefaults } from '../spec/paging.js';
import { refuseUnknownFlags } from '../args/unknown.js';
import { COMMON_FLAGS } from '../args/globals.js';
import { buildInput } from './input.js';

type LooseClient = {
  call(id: string, input: object): Promise<unknown>;
  paginate(id: string, input: object, options: object): AsyncIterable<unknown>;
};

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} must be a whole number ≥ 1, got "${v}"`);
  return Number(v);
}

export async function runOperation(ctx: Context, op: OperationMeta): Promise<number> {
  const c = cliOperation(ctx.doc, op);
  if (ctx.flags.has('help')) {
    ctx.io.out(operationHelp(ctx.doc, c));
    return EXIT.ok;
  }
  const all = ctx.flags.has('all');
  const limit = positiveInt('limit', ctx.flags.value('limit'));
  if ((all || limit !== undefined) && !op.paging) {
    throw new UsageError(`${ctx.command} is not a list: --all and --limit do not apply`);
  }
  const mode = outputMode({ json: ctx.flags.has('json'), output: ctx.flags.value('output') }, ctx.io.stdoutIsTTY);
  const input = await buildInput(ctx, c);
  refuseUnknownFlags(ctx, [...c.flags.map((f) => f.name), ...COMMON_FLAGS]);
  if (ctx.rest.length) throw new UsageError(`unexpected argument "${ctx.rest[0]}"`);

  const sobot = ctx.connect(op) as unknown as LooseClient;
  if (all || limit !== undefined) {
    // a page size given as the operation's own field (e.g. --pageSize 50) is kept for every page
    const sizeParam = op.paging?.sizeParam;
    const size = sizeParam && input.body && typeof input.body === 'object' ? (input.body as Record<string, unknown>)[sizeParam] : undefined;
    const items: unknown[] = [];
    const options = { ...(limit !== undefined && { limit }), ...(typeof size === 'number' && { pageSize: size }) };
    for await (const item of sobot.paginate(op.operationId, input, options)) {
      items.push(item);
    }
    ctx.io.out(mode === 'json' ? asJson(items) : withMaskNote(`${listTable(items, responseColumns(ctx.doc, op))}\n\n${items.length} items\n`));
    return EXIT.ok;
  }
  // one page: the spec's page defaults where no page flag was given (the server may require them)
  const data = await sobot.call(op.operationId, withPageDefaults(c, input));
  ctx.io.out(mode === 'json' ? asJson(data) : dataTable(ctx.doc, op, data));
  return EXIT.ok;
}
