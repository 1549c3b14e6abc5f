/** Refusing flags a command does not read: one line naming the command as typed and the nearest flag. */
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { didYouMean } from './suggest.js';

/** `known`: every flag the command takes, spelled as its help shows them. */
export function refuseUnknownFlags(ctx: Context, known: readonly string[]): void {
  const unused = ctx.flags.unused();
  if (!unused.length) return;
  const typed = unused[0]!;
  throw new UsageError(`unknown flag --${typed} for ${ctx.command}${didYouMean(typed, known, '--')}; see sobot-cc ${ctx.command} --help`);
}
