/** `sobot-cc completion bash`: a `complete -F` function; command words, then each command's flags. */
import type { CompletionModel } from './model.js';
import { sq } from './shell-quote.js';

export function bashScript(m: CompletionModel): string {
  const words = (ws: { name: string }[]) => sq(ws.map((w) => w.name).join(' '));
  const subCases = Object.entries(m.subwords).map(([cmd, ws]) => `      ${sq(cmd)}) COMPREPLY=($(compgen -W ${words(ws)} -- "$cur")); return ;;`);
  const flagCases = Object.entries(m.flags).map(([key, fs]) => `    ${sq(key)}) flags=${sq(fs.map((f) => `--${f}`).join(' '))} ;;`);
  const valueCases = Object.entries(m.valueFlags).map(([f, vs]) => `    --${f}) COMPREPLY=($(compgen -W ${sq(vs.join(' '))} -- "$cur")); return ;;`);
  return `# sobot-cc completion for bash, generated from openapi.yaml by \`sobot-cc completion bash\`.
# Load it now:      source <(sobot-cc completion bash)
# Load it always:   sobot-cc completion bash > ~/.local/share/bash-completion/completions/sobot-cc
_sobot_cc() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="\${COMP_WORDS[1]}" key flags=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W ${words(m.commands)} -- "$cur"))
    return
  fi
  case "$prev" in
    ${m.fileFlags.map((f) => `--${f}`).join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
${valueCases.join('\n')}
  esac
  if [[ $COMP_CWORD -eq 2 && "$cur" != -* ]]; then
    case "$cmd" in
${subCases.join('\n')}
    esac
  fi
  case "$cmd" in
    call|import|profile|completion|help) key="$cmd \${COMP_WORDS[2]}" ;;
    *) key="$cmd" ;;
  esac
  case "$key" in
${flagCases.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$flags" -- "$cur"))
}
complete -F _sobot_cc sobot-cc
`;
}
