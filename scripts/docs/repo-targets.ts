// Does a link into the repository resolve? A file (or folder) that exists, and for a Markdown
// file an anchor that one of its headings produces, as GitHub names heading anchors.
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { headings } from "./markdown.js";

/**
 * The anchors GitHub gives the headings of a Markdown file: lower case, punctuation other than
 * `-` and `_` dropped, spaces to `-`, a repeated anchor suffixed `-1`, `-2`, ...
 */
export function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const text of headings(markdown)) {
    // code ticks and emphasis marks are punctuation, dropped like the rest
    const base = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Why `path#anchor` (relative to the repository root) does not resolve, or undefined when it does. */
export function repoTargetProblem(root: string, pathWithAnchor: string): string | undefined {
  const hash = pathWithAnchor.indexOf("#");
  const path = decodeURIComponent(hash < 0 ? pathWithAnchor : pathWithAnchor.slice(0, hash));
  const anchor = hash < 0 ? "" : decodeURIComponent(pathWithAnchor.slice(hash + 1));
  const file = resolve(root, path);
  if (!file.startsWith(resolve(root))) return `${path} is outside the repository`;
  if (!existsSync(file)) return `${path} does not exist`;
  if (!anchor) return undefined;
  if (statSync(file).isDirectory() || !/\.md$/i.test(file)) return `#${anchor}: only anchors into Markdown files can be checked`;
  return headingAnchors(readFileSync(file, "utf8")).has(anchor) ? undefined : `${path} has no heading with anchor #${anchor}`;
}
