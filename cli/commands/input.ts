/** The request of one call from the command line: `--data` first, then one flag per field. */
import { flagValue } from '../args/values.js';
import { readData } from '../args/data.js';
import { UsageError } from '../errors.js';
import type { Context } from '../context.js';
import type { CliOperation } from '../spec/operation.js';
import { resolve } from '../spec/schema.js';
import { SECRET_ON_COMMAND_LINE, isSecretSchema, secretValue } from '../args/secret-value.js';

export interface CallInput {
  body?: unknown;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

/**
 * `template`: building the part of an import's body that goes with every call: `skip` names
 * the field that holds the rows, and an absent body is fine.
 */
export async function buildInput(ctx: Context, c: CliOperation, template?: { skip: string[] }): Promise<CallInput> {
  const skip = template?.skip ?? [];
  const { flags, doc } = ctx;
  const data = flags.value('data');
  let body = data === undefined ? undefined : await readData(data);
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};
  let secrets = 0;
  for (const f of c.flags) {
    if (skip.includes(f.name) || !flags.has(f.name)) continue;
    let raw = flags.values(f.name);
    if (isSecretSchema(resolve(doc, f.schema))) {
      // `--password -`: from standard input, off the command line (secret-value.ts)
      if (raw.length === 1 && raw[0] !== '-') ctx.io.err(SECRET_ON_COMMAND_LINE(flags.typed(f.name)));
      raw = await Promise.all(raw.map((v) => secretValue(flags.typed(f.name), v, v === '-' ? secrets++ : 0)));
    }
    const value = flagValue(doc, flags.typed(f.name), f.schema, raw);
    if (f.where === 'query') query[f.name] = value;
    else if (f.where === 'header') headers[f.name] = String(value);
    else {
      body ??= {};
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new UsageError(`--${flags.typed(f.name)} sets a field of the request body, but --data gave ${Array.isArray(body) ? 'an array' : 'no object'}`);
      }
      (body as Record<string, unknown>)[f.name] = value;
    }
  }
  const rb = template ? null : c.meta.requestBody;
  // an empty object where the body is optional: the SDK's validator checks an absent body as `{}` would not pass
  if (body === undefined && rb?.kind === 'object') body = {};
  if (body === undefined && rb?.required) {
    throw new UsageError(`${c.meta.command} needs a request body: --data '<json>', --data @file.json or --data - (see --help)`);
  }
  if (body !== undefined && !c.meta.requestBody) throw new UsageError(`${c.meta.command} takes no request body; use its flags (see --help)`);
  return {
    ...(body !== undefined && { body }),
    ...(Object.keys(query).length > 0 && { query }),
    ...(Object.keys(headers).length > 0 && { headers }),
  };
}
