// Every relative link of every Markdown file of the repository resolves: the file (or folder)
// exists, and an anchor names a heading of the target (or of the same file), as GitHub shows them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownLinks } from "../../scripts/docs/markdown.js";
import { isRepoRelative } from "../../scripts/docs/repo-links.js";
import { headingAnchors, repoTargetProblem } from "../../scripts/docs/repo-targets.js";

const root = new URL("../../", import.meta.url).pathname;

/** The repository's Markdown files: what git tracks (so generated and installed files are left out). */
const files = execFileSync("git", ["ls-files", "-z", "--", "*.md"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);

/** Why each relative link or in-file anchor of one Markdown file does not resolve. */
function brokenLinks(file: string, text: string): string[] {
  const broken: string[] = [];
  for (const href of markdownLinks(text)) {
    if (href.startsWith("#")) {
      if (!headingAnchors(text).has(decodeURIComponent(href.slice(1)))) broken.push(`${href}: ${file} has no such heading`);
      continue;
    }
    if (!isRepoRelative(href)) continue;
    const target = relative(root, join(root, dirname(file), href));
    const problem = repoTargetProblem(root, target);
    if (problem) broken.push(`${href}: ${problem}`);
  }
  return broken;
}

describe("links between the repository's Markdown files", () => {
  it("finds the Markdown files git tracks (README.md among them)", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/consumers.md");
  });

  it.each(files)("%s: every relative link and anchor resolves", (file) => {
    expect(brokenLinks(file, readFileSync(join(root, file), "utf8"))).toEqual([]);
  });

  it("names a missing file, a missing heading in another file and in the same file, and accepts what exists", () => {
    const text = [
      "# Title",
      "[ok](../docs/vendor-extensions.md#x-sobot-paging) [ok too](#title) [web](https://example.test/x.md) [folder](../docs)",
      "[gone](../docs/missing.md) [bad](../docs/vendor-extensions.md#nope) [here](#nope)",
    ].join("\n\n");
    expect(brokenLinks("examples/README.md", text)).toEqual([
      "../docs/missing.md: docs/missing.md does not exist",
      "../docs/vendor-extensions.md#nope: docs/vendor-extensions.md has no heading with anchor #nope",
      "#nope: examples/README.md has no such heading",
    ]);
  });
});
