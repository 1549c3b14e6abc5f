/** Quoting for the generated scripts: every word comes from the spec, so none is trusted to be shell-safe. */

/** A single-quoted POSIX/fish/zsh word: `it's` → `'it'\''s'` (fish: `'it\'s'`). */
export const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
export const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
