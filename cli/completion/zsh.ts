/** `sobot-cc completion zsh`: a native completion function (`_describe` for words with their summaries). */
import type { CompletionModel, Word } from './model.js';
import { sq } from './shell-quote.js';

// `_describe` splits `name:description` at the first unescaped colon
const entry = (w: Word) => sq(`${w.name.replace(/:/g, '\\:')}:${w.description}`);

export function zshScript(m: CompletionModel): string {
  const subCases = Object.entries(m.subwords).map(([cmd, ws]) => `      (${sq(cmd)}) words_=(${ws.map(entry).join(' ')}); _describe ${sq(cmd)} words_; return ;;`);
  const flagCases = Object.entries(m.flags).map(([key, fs]) => `    (${sq(key)}) flags=(${fs.map((f) => sq(`--${f}`)).join(' ')}) ;;`);
  const valueCases = Object.entries(m.valueFlags).map(([f, vs]) => `    (--${f}) compadd -- ${vs.map(sq).join(' ')}; return ;;`);
  return `#compdef sobot-cc
# sobot-cc completion for zsh, generated from openapi.yaml by \`sobot-cc completion zsh\`.
# Load it now:      source <(sobot-cc completion zsh)
# Load it always:   sobot-cc completion zsh > "\${fpath[1]}/_sobot-cc"
_sobot_cc() {
  local -a words_ flags
  local key
  if (( CURRENT == 2 )); then
    words_=(${m.commands.map(entry).join(' ')})
    _describe command words_
    return
  fi
  case "\${words[CURRENT-1]}" in
    (${m.fileFlags.map((f) => `--${f}`).join('|')}) _files; return ;;
${valueCases.join('\n')}
  esac
  if (( CURRENT == 3 )) && [[ "\${words[CURRENT]}" != -* ]]; then
    case "\${words[2]}" in
${subCases.join('\n')}
    esac
  fi
  case "\${words[2]}" in
    (call|import|profile|completion|help) key="\${words[2]} \${words[3]}" ;;
    (*) key="\${words[2]}" ;;
  esac
  case "$key" in
${flagCases.join('\n')}
  esac
  compadd -- $flags
}
if [[ "\${funcstack[1]}" == _sobot_cc ]]; then
  _sobot_cc "$@"
else
  compdef _sobot_cc sobot-cc
fi
`;
}
