// The built reference page without a browser: what Redoc renders it from (the definition embedded
// in the HTML) carries the enum meanings, links that resolve, and the sample styling. The same
// things seen in Chromium: docs-browser.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs, redocOptionsFor } from "../../scripts/docs/build.js";
import { addEnumDescriptions } from "../../scripts/docs/enum-descriptions.js";
import { checkPageLinks, redocDefinition } from "../../scripts/docs/page-links.js";
import { pointRepoLinksAt, repositoryFileBase } from "../../scripts/docs/repo-links.js";
import { headingAnchors } from "../../scripts/docs/repo-targets.js";
import { isObject, loadSpec, type Json, type JsonObject } from "../../scripts/docs/spec.js";

const root = new URL("../../", import.meta.url).pathname;

/** Every object of a document with its JSON pointer. */
function* objects(node: Json, pointer = ""): Generator<[string, JsonObject]> {
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* objects(v, `${pointer}/${i}`);
  else if (isObject(node)) {
    yield [pointer, node];
    for (const [k, v] of Object.entries(node)) yield* objects(v, `${pointer}/${k}`);
  }
}

describe("the built reference page (npm run docs)", () => {
  let html: string;
  let page: JsonObject;

  beforeAll(async () => {
    const out = await buildDocs({ output: ".tmp/test-docs-page/index.html", tmpDir: ".tmp/test-docs-page/work", quiet: true });
    html = readFileSync(out, "utf8");
    page = redocDefinition(html);
  }, 120_000);

  it("gives Redoc every enum meaning of openapi.yaml, value by value (Redoc shows them as a table next to the values)", () => {
    const source = [...objects(loadSpec(`${root}openapi.yaml`))].filter(([, o]) => Array.isArray(o["x-enum-descriptions"]));
    expect(source.length).toBeGreaterThanOrEqual(13);
    const described = [...objects(page)].filter(([, o]) => Array.isArray(o.enum) && Array.isArray(o["x-enum-descriptions"]));
    expect(described.length).toBe(source.length);
    for (const [pointer, schema] of described) {
      const values = schema.enum as Json[];
      const meanings = schema["x-enum-descriptions"] as string[];
      expect(schema["x-enumDescriptions"], pointer).toEqual(Object.fromEntries(values.map((v, i) => [String(v), meanings[i]])));
    }
    expect(page.components && (page.components as JsonObject).schemas && ((page.components as JsonObject).schemas as JsonObject).AgentType).toMatchObject({
      "x-enumDescriptions": { "0": "Agent work number", "1": "Agent UUID/id" },
    });
  });

  it("has no link that would not work once published, and links the repository documents it names", () => {
    const base = repositoryFileBase(root)!;
    expect(base).toMatch(/^https:\/\/.+\/blob\/HEAD\/$/);
    const { problems, links } = checkPageLinks(page, { root, repoBase: base });
    expect(problems).toEqual([]);
    const hrefs = links.map((l) => l.href);
    expect(hrefs).toContain(`${base}docs/vendor-extensions.md`);
    expect(hrefs).toContain(`${base}docs/seed-inconsistencies.md`);
    expect(JSON.stringify((page.info as JsonObject).description)).not.toMatch(/See the README/);
  });

  it("lets sample lines wrap inside the sample panel and offers the CLI sample", () => {
    expect(html).toMatch(/<style data-sobot="sample-wrap">[^<]*\.panel-request-samples pre \{ white-space: pre-wrap !important;/);
    expect(html.indexOf('data-sobot="sample-wrap"')).toBeLessThan(html.indexOf("</head>"));
    const languages = (redocOptionsFor(root).codeSamples as { languages: { label: string }[] }).languages.map((l) => l.label);
    expect(languages).toEqual(["TypeScript SDK", "CLI", "curl", "Payload"]);
  });
});

describe("enum meanings for Redoc", () => {
  it("maps values to meanings, keeps the spec's list, and refuses a list that does not match the values", () => {
    const doc = {
      a: { type: "integer", enum: [0, 1], "x-enum-descriptions": ["off", "on"] },
      b: { type: "string", enum: ["x", "y"], "x-enum-descriptions": ["only one"] },
    } as JsonObject;
    const report = addEnumDescriptions(doc);
    expect(report.described).toEqual(["/a"]);
    expect(report.problems).toEqual([{ pointer: "/b", message: "x-enum-descriptions has 1 entries for 2 enum values" }]);
    expect(doc.a).toMatchObject({ "x-enumDescriptions": { "0": "off", "1": "on" }, "x-enum-descriptions": ["off", "on"] });
    expect(doc.b).not.toHaveProperty("x-enumDescriptions");
  });
});

describe("link checks of the page", () => {
  const base = "https://example.test/repo/blob/HEAD/";
  const doc = (description: string): JsonObject => ({ info: { description, contact: { url: "http://example.test" } } });

  it("names each link that would break: relative, missing file, unknown heading, not https, a document named but not linked", () => {
    const page = doc(
      [
        "[ok](https://elsewhere.test/x) [repo ok](docs/vendor-extensions.md#x-sobot-paging)",
        "[rel](notes/x.md) [gone](docs/nope.md) [bad anchor](docs/vendor-extensions.md#no-such-heading)",
        "See the README. Also `docs/other.md`, and [in a link: docs/y.md](https://elsewhere.test/y).",
      ].join("\n\n"),
    );
    pointRepoLinksAt(page, base);
    const { problems } = checkPageLinks(page, { root, repoBase: base });
    expect(problems.map((p) => `${p.href} ${p.problem}`)).toEqual([
      ` names a repository document without linking it: "See the README. Also "`,
      ` names a repository document without linking it: "docs/other.md"`,
      `${base}notes/x.md notes/x.md does not exist`,
      `${base}docs/nope.md docs/nope.md does not exist`,
      `${base}docs/vendor-extensions.md#no-such-heading docs/vendor-extensions.md has no heading with anchor #no-such-heading`,
      `http://example.test only https links are allowed`,
    ]);
  });

  it("leaves a relative link that was not pointed at the repository as a problem", () => {
    const { problems } = checkPageLinks(doc("[rel](docs/vendor-extensions.md)"), { root });
    expect(problems.map((p) => p.problem)).toContain("a relative link does not resolve from the published page");
  });

  it("names GitHub's heading anchors: punctuation dropped, repeats numbered", () => {
    expect([...headingAnchors("# Seed inconsistencies\n## `x-sobot-paging`\n## A, b & c!\n## A, b & c!")]).toEqual([
      "seed-inconsistencies",
      "x-sobot-paging",
      "a-b--c",
      "a-b--c-1",
    ]);
  });
});

describe("npm run docs with a broken link", () => {
  const dir = mkdtempSync(join(tmpdir(), "sobot-docs-broken-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fails and names the link, where it is and why", async () => {
    const spec = join(dir, "broken.yaml");
    writeFileSync(
      spec,
      [
        "openapi: 3.0.3",
        "info: {title: t, version: '1', description: 'See [the notes](docs/missing-notes.md).'}",
        "servers: [{url: 'https://example.test'}]",
        "paths: {}",
      ].join("\n"),
    );
    await expect(buildDocs({ spec, output: join(dir, "out/index.html"), tmpDir: join(dir, "work"), quiet: true })).rejects.toThrow(
      /\/info\/description: https:\/\/\S+\/blob\/HEAD\/docs\/missing-notes\.md: docs\/missing-notes\.md does not exist/,
    );
  }, 120_000);
});
