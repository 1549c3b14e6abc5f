/**
 * "Did you mean": the nearest names by edit distance (fastest-levenshtein), compared the way
 * names are matched (case, `-`, `_` and `.` ignored), so `--agnet` finds `--agent` and
 * `--agent_typ` finds `--agentType`.
 */
import { distance } from 'fastest-levenshtein';
import { normalize } from '../spec/names.js';

/**
 * Up to `max` candidates near enough to be a slip of the keyboard: 2 edits (a swapped pair of
 * letters is 2 in Levenshtein's count), 3 for names of 9 characters or more, 1 for names of up
 * to 3; or the typed name as a prefix of at least 3 characters.
 */
export function nearest(typed: string, candidates: readonly string[], max = 3): string[] {
  const t = normalize(typed);
  if (!t) return [];
  const limit = t.length <= 3 ? 1 : t.length >= 9 ? 3 : 2;
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(normalize(c)) && seen.add(normalize(c)))
    .map((c) => {
      const n = normalize(c);
      return { c, d: distance(t, n), prefix: t.length >= 3 && n.startsWith(t) };
    })
    .filter((x) => x.d <= limit || x.prefix)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}

/** ` (did you mean --agent?)`, or nothing when no name is near. */
export function didYouMean(typed: string, candidates: readonly string[], prefix = ''): string {
  const near = nearest(typed, candidates);
  if (!near.length) return '';
  const shown = near.map((n) => `${prefix}${n}`);
  return ` (did you mean ${shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`}?)`;
}
