// The links of the built reference page, read from the definition Redoc renders it from (the
// page's HTML body is filled in by Redoc in the browser): every Markdown link of every
// description, and the URL fields Redoc shows as links. Each must resolve: an https address
// (not fetched here), a file of this repository under its web address, or an anchor of the page.
import { encodePointerSegment } from "../../lint/spec-reader/pointer.js";
import { markdownLinks, unlinkedMentions } from "./markdown.js";
import { repoTargetProblem } from "./repo-targets.js";
import { isObject, type Json, type JsonObject } from "./spec.js";

export interface PageLink {
  href: string;
  /** JSON pointer of the field the link is in */
  where: string;
}

export interface LinkProblem extends PageLink {
  problem: string;
}

/** The OpenAPI definition embedded in a page built by `redocly build-docs`. */
export function redocDefinition(html: string): JsonObject {
  const m = /const __redoc_definition = (.*);\r?\n/.exec(html);
  if (!m) throw new Error("the page holds no __redoc_definition: not built by redocly build-docs?");
  return JSON.parse(m[1]!) as JsonObject;
}

const URL_FIELDS = new Set(["url", "termsOfService"]);
/** A mention of a repository document by name: it should be a link. */
const FILE_MENTION = /\bREADME\b|[\w./-]+\.md\b/;

interface Scan {
  links: PageLink[];
  /** descriptions that name a repository document without linking to it */
  unlinked: { where: string; text: string }[];
}

function scanMarkdown(markdown: string, where: string, out: Scan): void {
  for (const href of markdownLinks(markdown)) out.links.push({ href, where });
  for (const text of unlinkedMentions(markdown, FILE_MENTION)) out.unlinked.push({ where, text });
}

/** Every link of the page's definition, and the document names it mentions without a link. */
export function scanDefinition(doc: JsonObject): Scan {
  const out: Scan = { links: [], unlinked: [] };
  const visit = (node: Json, pointer: string, parentKey: string) => {
    if (Array.isArray(node)) return node.forEach((v, i) => visit(v, `${pointer}/${i}`, parentKey));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const where = `${pointer}/${encodePointerSegment(key)}`;
      // code samples are shown as code, not Markdown; `example(s)` values are data
      if (key === "x-codeSamples" || key === "example" || (key === "value" && parentKey === "examples")) continue;
      if (typeof value === "string" && key === "description") scanMarkdown(value, where, out);
      else if (typeof value === "string" && URL_FIELDS.has(key) && ["contact", "license", "externalDocs", "info"].includes(parentKey)) out.links.push({ href: value, where });
      else visit(value, where, key);
    }
  };
  visit(doc, "", "");
  return out;
}

export interface CheckOptions {
  /** the repository's root folder */
  root: string;
  /** web address of the repository's files (repo-links.ts); links under it must name a file that exists */
  repoBase?: string;
}

/** Why each link would not work in the published page; anchors (`#...`) are returned for a browser to check. */
export function checkPageLinks(doc: JsonObject, options: CheckOptions): { problems: LinkProblem[]; anchors: PageLink[]; links: PageLink[] } {
  const { links, unlinked } = scanDefinition(doc);
  const problems: LinkProblem[] = unlinked.map(({ where, text }) => ({ href: "", where, problem: `names a repository document without linking it: "${text}"` }));
  const anchors: PageLink[] = [];
  for (const link of links) {
    const { href } = link;
    if (href.startsWith("#")) anchors.push(link);
    else if (options.repoBase && href.startsWith(options.repoBase)) {
      const problem = repoTargetProblem(options.root, href.slice(options.repoBase.length));
      if (problem) problems.push({ ...link, problem });
    } else if (/^https:\/\/[^/\s]+/.test(href)) continue;
    else problems.push({ ...link, problem: /^[a-z][a-z0-9+.-]*:/i.test(href) ? "only https links are allowed" : "a relative link does not resolve from the published page" });
  }
  return { problems, anchors, links };
}
