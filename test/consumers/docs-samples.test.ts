// The per-operation code samples of the reference docs are generated from the spec's examples.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { injectCodeSamples } from "../../scripts/docs/inject.js";
import { requestExample } from "../../scripts/docs/examples.js";
import { listOperations, loadSpec, type JsonObject } from "../../scripts/docs/spec.js";

const SPEC = new URL("../../openapi.yaml", import.meta.url).pathname;

interface Sample {
  lang: string;
  label: string;
  source: string;
}

function curlBody(source: string): unknown {
  const m = /--data-raw '([\s\S]*)'$/.exec(source);
  return m ? JSON.parse(m[1]!.replace(/'\\''/g, "'")) : undefined;
}

describe("code samples for openapi.yaml", () => {
  const spec = loadSpec(SPEC);
  const { doc, report } = injectCodeSamples(spec);
  const ops = listOperations(doc);

  it("leaves openapi.yaml itself without samples", () => {
    expect(readFileSync(SPEC, "utf8")).not.toContain("x-codeSamples");
    expect(listOperations(spec).every((op) => !("x-codeSamples" in op.operation))).toBe(true);
  });

  it("covers all 20 operations, each with a TypeScript SDK and a curl sample", () => {
    expect(ops).toHaveLength(20);
    for (const op of ops) {
      const samples = op.operation["x-codeSamples"] as unknown as Sample[];
      expect(samples.map((s) => s.label), op.operationId).toEqual(["TypeScript SDK", "curl"]);
    }
  });

  it("takes every request body from an example written in the spec, none synthesized", () => {
    const synthesized = report.filter((r) => r.bodySource === "synthesized").map((r) => r.operationId);
    expect(synthesized).toEqual([]);
    const missing = report.filter((r) => r.missing.length > 0).map((r) => `${r.operationId}: ${r.missing.join(", ")}`);
    expect(missing).toEqual([]);
  });

  it("renders the TypeScript sample as sobot.call(operationId, { body|query }) on createSobotClient", () => {
    for (const op of ops) {
      const [ts] = op.operation["x-codeSamples"] as unknown as Sample[];
      expect(ts!.source).toContain(`import { createSobotClient } from "sobot-cc";`);
      expect(ts!.source).toContain(`credentials: { appId: process.env.SOBOT_APP_ID!, appSecret: process.env.SOBOT_APP_SECRET! }`);
      expect(ts!.source).toContain(`sobot.call(${JSON.stringify(op.operationId)}`);
      const example = requestExample(doc, op);
      if (example.body !== undefined) expect(ts!.source).toMatch(/\n  body: /);
      if (Object.keys(example.query).length > 0) expect(ts!.source).toMatch(/\n  query: /);
    }
  });

  it("sends exactly the spec's request example in the curl sample", () => {
    for (const op of ops) {
      const [, curl] = op.operation["x-codeSamples"] as unknown as Sample[];
      const example = requestExample(doc, op);
      expect(curl!.source.startsWith(`curl -X ${op.method.toUpperCase()} 'https://sg.sobot.io${op.path}`), op.operationId).toBe(true);
      expect(curlBody(curl!.source), op.operationId).toEqual(example.body);
      const needsToken = op.operationId !== "createCompanyToken";
      expect(curl!.source.includes(`-H "Authorization: $SOBOT_TOKEN"`), op.operationId).toBe(needsToken);
    }
  });
});

describe("example selection", () => {
  const doc = parse(`
openapi: 3.0.3
info: {title: t, version: "1"}
servers: [{url: "https://{host}/base", variables: {host: {default: example.test}}}]
components:
  examples:
    Named: {value: {name: "from components"}}
  parameters:
    Id: {name: id, in: path, required: true, schema: {type: integer, example: 7}}
paths:
  /items/{id}:
    parameters: [{$ref: "#/components/parameters/Id"}]
    put:
      operationId: putItem
      parameters:
        - {name: q, in: query, schema: {type: string}, example: "it's"}
        - {name: opt, in: query, schema: {type: string, default: x}}
        - {name: X-Req, in: header, required: true, schema: {type: string, enum: [a, b]}}
      requestBody:
        content:
          application/json:
            schema: {type: object}
            examples: {first: {$ref: "#/components/examples/Named"}}
      responses: {"200": {description: ok}}
  /synth:
    post:
      operationId: synth
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [a, n]
              properties:
                a: {type: string}
                n: {type: integer}
                b: {type: string, example: bee}
                c: {type: string}
      responses: {"200": {description: ok}}
`) as JsonObject;
  const [put, synth] = listOperations(doc);

  it("resolves $ref'd named examples and parameter examples; skips optional params without an example", () => {
    const ex = requestExample(doc, put!);
    expect(ex).toMatchObject({ path: { id: 7 }, query: { q: "it's" }, header: { "X-Req": "a" }, body: { name: "from components" }, bodySource: "examples" });
    expect(ex.query).not.toHaveProperty("opt");
  });

  it("quotes shell-unsafe values and fills path parameters in curl", () => {
    const { doc: out } = injectCodeSamples(doc);
    const samples = listOperations(out)[0]!.operation["x-codeSamples"] as unknown as Sample[];
    expect(samples[1]!.source).toContain(`curl -X PUT 'https://example.test/base/items/7?q=it%27s'`);
    expect(samples[0]!.source).toContain(`path: {\n    id: 7,\n  },`);
  });

  it("synthesizes a body from property examples only when the spec has no body example", () => {
    const ex = requestExample(doc, synth!);
    expect(ex.bodySource).toBe("synthesized");
    expect(ex.body).toEqual({ a: "<a>", n: 0, b: "bee" });
  });
});

describe("the TypeScript samples compile against the SDK", () => {
  it("type-checks every operation's sample with tsc (sobot-cc mapped to src/)", () => {
    const root = new URL("../../", import.meta.url).pathname;
    const { doc } = injectCodeSamples(loadSpec(SPEC));
    const dir = mkdtempSync(join(tmpdir(), "sobot-samples-"));
    try {
      for (const op of listOperations(doc)) {
        const [ts] = op.operation["x-codeSamples"] as unknown as Sample[];
        writeFileSync(join(dir, `${op.operationId}.ts`), ts!.source + "\n");
      }
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: ["node"],
            typeRoots: [`${root}node_modules/@types`],
            baseUrl: ".",
            paths: { "sobot-cc": [`${root}src/index.ts`] },
          },
          include: ["*.ts"],
        }),
      );
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const r = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", dir], { encoding: "utf8" });
      expect(r.stdout + r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
