/** `sobot-cc completion fish`: `complete` lines; a command's flags once its word was typed. */
import type { CompletionModel } from './model.js';
import { fishQuote as q } from './shell-quote.js';

export function fishScript(m: CompletionModel): string {
  const lines = [
    '# sobot-cc completion for fish, generated from openapi.yaml by `sobot-cc completion fish`.',
    '# Load it now:      sobot-cc completion fish | source',
    '# Load it always:   sobot-cc completion fish > ~/.config/fish/completions/sobot-cc.fish',
    'complete -c sobot-cc -f',
  ];
  const top = m.commands.map((c) => c.name).join(' ');
  for (const c of m.commands) lines.push(`complete -c sobot-cc -n ${q(`not __fish_seen_subcommand_from ${top}`)} -a ${q(c.name)} -d ${q(c.description)}`);
  for (const [cmd, ws] of Object.entries(m.subwords)) {
    const names = ws.map((w) => w.name).join(' ');
    for (const w of ws) {
      lines.push(`complete -c sobot-cc -n ${q(`__fish_seen_subcommand_from ${cmd}; and not __fish_seen_subcommand_from ${names}`)} -a ${q(w.name)} -d ${q(w.description)}`);
    }
  }
  for (const [key, fs] of Object.entries(m.flags)) {
    const [first, second] = key.split(' ');
    const cond = second ? `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}` : `__fish_seen_subcommand_from ${first}`;
    for (const f of fs) {
      const value = m.fileFlags.includes(f) ? ' -r -F' : m.valueFlags[f] ? ` -x -a ${q(m.valueFlags[f]!.join(' '))}` : '';
      lines.push(`complete -c sobot-cc -n ${q(cond)} -l ${q(f)}${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
