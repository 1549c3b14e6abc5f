/** `sobot-cc completion bash|zsh|fish`: a completion script for the shell, from the operation table. */
import { SHELLS } from '../args/globals.js';
import { didYouMean } from '../args/suggest.js';
import { refuseUnknownFlags } from '../args/unknown.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionModel } from '../completion/model.js';
import { zshScript } from '../completion/zsh.js';

const HELP = [
  'sobot-cc completion bash|zsh|fish — print a completion script for the shell',
  '',
  'Every command, its flags and the import kinds come from the operation table of openapi.yaml.',
  '  bash:  source <(sobot-cc completion bash)       (or save it to ~/.local/share/bash-completion/completions/sobot-cc)',
  '  zsh:   source <(sobot-cc completion zsh)        (or save it as _sobot-cc in a directory of $fpath)',
  '  fish:  sobot-cc completion fish | source        (or save it to ~/.config/fish/completions/sobot-cc.fish)',
  '',
].join('\n');

export function runCompletion(ctx: Context, shell: string | undefined): number {
  if (ctx.flags.has('help')) {
    ctx.io.out(HELP);
    return EXIT.ok;
  }
  if (!shell) throw new UsageError(`completion needs a shell: sobot-cc completion ${SHELLS.join('|')}`);
  refuseUnknownFlags(ctx, ['help']);
  if (ctx.rest.length) throw new UsageError(`unexpected argument "${ctx.rest[0]}"`);
  const model = completionModel(ctx.doc);
  switch (shell) {
    case 'bash': ctx.io.out(bashScript(model)); return EXIT.ok;
    case 'zsh': ctx.io.out(zshScript(model)); return EXIT.ok;
    case 'fish': ctx.io.out(fishScript(model)); return EXIT.ok;
    default: throw new UsageError(`completion ${shell}: no such shell; use one of ${SHELLS.join(', ')}${didYouMean(shell, SHELLS)}`);
  }
}
