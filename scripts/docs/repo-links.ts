// The spec links repository files relatively (`[docs/x.md](docs/x.md)`), which resolves next to
// openapi.yaml in the repository. The built page lives elsewhere (dist/docs/, or wherever it is
// published), so the docs copy points those links at the repository's web address instead.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { markdownLinks } from "./markdown.js";
import { isObject, type Json, type JsonObject } from "./spec.js";

/** A link that names a file of the repository: no scheme, not an in-page anchor. */
export const isRepoRelative = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("#") && !href.startsWith("//");

/**
 * Where repository files are shown on the web: `<package.json repository>/blob/HEAD/`.
 * Undefined when package.json names no https repository.
 */
export function repositoryFileBase(root: string): string | undefined {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { repository?: string | { url?: string; directory?: string } };
  const repo = typeof pkg.repository === "string" ? { url: pkg.repository } : pkg.repository;
  const url = repo?.url?.replace(/^git\+/, "").replace(/\.git$/, "");
  if (!url || !/^https:\/\//.test(url)) return undefined;
  const dir = repo && typeof repo === "object" && repo.directory ? `${repo.directory.replace(/^\/|\/$/g, "")}/` : "";
  return `${url.replace(/\/$/, "")}/blob/HEAD/${dir}`;
}

/** Rewrites, in place, the repository-relative links of every `description` to `base + path`. */
export function pointRepoLinksAt(doc: JsonObject, base: string): number {
  let rewritten = 0;
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "description" && typeof value === "string") {
        let text = value;
        for (const href of markdownLinks(value)) {
          if (!isRepoRelative(href)) continue;
          const path = href.replace(/^\.\//, "");
          text = text.split(`](${href})`).join(`](${base}${path})`);
          rewritten++;
        }
        node[key] = text;
      } else visit(value);
    }
  };
  visit(doc);
  return rewritten;
}
