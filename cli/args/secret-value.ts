/**
 * A field the spec marks `format: password` (an extension's password) can be given as `-`: its
 * value is then read from standard input (the first line), like profile secrets, so it shows
 * neither in `ps` nor in the shell's history. A password typed on the command line still works,
 * with a note on stderr saying how to keep it off it.
 */
import { UsageError } from '../errors.js';

export const isSecretSchema = (schema: { format?: unknown }): boolean => schema.format === 'password';

let stdinText: Promise<string> | undefined;
/** Standard input, read once (two secret flags share it: one line each). */
function stdinOnce(): Promise<string> {
  stdinText ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  })();
  return stdinText;
}

/** The secret's value: `-` → the next line of standard input. */
export async function secretValue(flag: string, raw: string, line: number): Promise<string> {
  if (raw !== '-') return raw;
  const lines = (await stdinOnce()).split(/\r?\n/);
  const value = lines[line];
  if (value === undefined || value === '') throw new UsageError(`--${flag} -: standard input has no line ${line + 1} to read the value from (e.g. printf '%s\\n' "$PW" | sobot-cc ... --${flag} -)`);
  return value;
}

export const SECRET_ON_COMMAND_LINE = (flag: string) =>
  `sobot-cc: note: --${flag} on the command line is visible to other users (ps) and kept in your shell history; give --${flag} - and pipe the value on standard input instead\n`;
