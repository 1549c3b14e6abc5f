// What the docs checks read out of Markdown, with marked's own lexer and token walk (tables,
// lists and emphasis included), never with a regular expression over the source.
import { Lexer, marked, type Token, type Tokens } from "marked";

const lex = (markdown: string) => new Lexer({ gfm: true }).lex(markdown);

/** The target of every link of a Markdown text. */
export function markdownLinks(markdown: string): string[] {
  const hrefs: string[] = [];
  marked.walkTokens(lex(markdown), (t) => {
    if (t.type === "link") hrefs.push((t as Tokens.Link).href);
  });
  return hrefs;
}

/** The pieces of text (code spans included) outside any link that match `pattern`. */
export function unlinkedMentions(markdown: string, pattern: RegExp): string[] {
  const tokens = lex(markdown);
  const insideLinks = new Set<Token>();
  marked.walkTokens(tokens, (t) => {
    if (t.type === "link") marked.walkTokens((t as Tokens.Link).tokens, (inner) => void insideLinks.add(inner));
  });
  const found: string[] = [];
  marked.walkTokens(tokens, (t) => {
    const leaf = (t.type === "text" && !(t as Tokens.Text).tokens?.length) || t.type === "codespan";
    if (leaf && !insideLinks.has(t) && pattern.test((t as Tokens.Text | Tokens.Codespan).text)) found.push((t as Tokens.Text).text);
  });
  return found;
}

/** The heading texts of a Markdown text, in order, as they read (link targets dropped). */
export function headings(markdown: string): string[] {
  return lex(markdown)
    .filter((t): t is Tokens.Heading => t.type === "heading")
    .map((t) => t.text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
}
