// The per-operation code samples of the reference docs are generated from the spec's examples.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { operations } from "../../generated/operations.js";
import { SAMPLE_COLUMNS } from "../../scripts/docs/code-samples.js";
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

describe("code samples for openapi.yaml", async () => {
  const spec = loadSpec(SPEC);
  const { doc, report } = await injectCodeSamples(spec);
  const ops = listOperations(doc);
  const samplesOf = (op: (typeof ops)[number]) => op.operation["x-codeSamples"] as unknown as Sample[];

  it("leaves openapi.yaml itself without samples", () => {
    expect(readFileSync(SPEC, "utf8")).not.toContain("x-codeSamples");
    expect(listOperations(spec).every((op) => !("x-codeSamples" in op.operation))).toBe(true);
  });

  it("covers all 20 operations, each with a TypeScript SDK, a CLI and a curl sample", () => {
    expect(ops).toHaveLength(20);
    for (const op of ops) expect(samplesOf(op).map((s) => s.label), op.operationId).toEqual(["TypeScript SDK", "CLI", "curl"]);
  });

  it("takes every request body from an example written in the spec, none synthesized", () => {
    const synthesized = report.filter((r) => r.bodySource === "synthesized").map((r) => r.operationId);
    expect(synthesized).toEqual([]);
    const missing = report.filter((r) => r.missing.length > 0).map((r) => `${r.operationId}: ${r.missing.join(", ")}`);
    expect(missing).toEqual([]);
  });

  it("calls the facade the README teaches, sobot.<group>.<method>, named by the operation table", () => {
    for (const op of ops) {
      const [ts] = samplesOf(op);
      const meta = operations[op.operationId as keyof typeof operations];
      expect(ts!.source).toContain(`import { createSobotClient } from "sobot-cc";`);
      expect(ts!.source).toContain(`appSecret: process.env.SOBOT_APP_SECRET!,`);
      expect(ts!.source, op.operationId).toContain(`sobot.${meta.group}.${meta.sdkMethod}(`);
      expect(ts!.source).not.toContain("sobot.call(");
      // a paged method walks the pages itself: the sample iterates and passes no page number
      if (meta.paging) {
        expect(ts!.source, op.operationId).toContain("for await (const item of items)");
        if ("pageParam" in meta.paging) expect(ts!.source, op.operationId).not.toContain(`${meta.paging.pageParam}:`);
      }
    }
  });

  it("keeps every TypeScript and CLI sample line within the width of Redoc's sample panel", () => {
    const wide = ops.flatMap((op) =>
      samplesOf(op)
        .filter((s) => s.label !== "curl")
        .flatMap((s) => s.source.split("\n").filter((line) => line.length > SAMPLE_COLUMNS).map((line) => `${op.operationId} ${s.label}: ${line}`)),
    );
    expect(wide).toEqual([]);
  });

  it("sends exactly the spec's request example in the curl sample", () => {
    for (const op of ops) {
      const [, , curl] = samplesOf(op);
      const example = requestExample(doc, op);
      expect(curl!.source.startsWith(`curl -X ${op.method.toUpperCase()} 'https://sg.sobot.io${op.path}`), op.operationId).toBe(true);
      expect(curlBody(curl!.source), op.operationId).toEqual(example.body);
      const needsToken = op.operationId !== "createCompanyToken";
      expect(curl!.source.includes(`-H "Authorization: $SOBOT_TOKEN"`), op.operationId).toBe(needsToken);
    }
  });
});

describe("the CLI samples run as printed", async () => {
  const { doc } = await injectCodeSamples(loadSpec(SPEC));
  const ops = listOperations(doc);

  /** The words bash makes of a sample (its own quoting and line continuations), with npx standing in for the command. */
  function argvOf(sample: string): string[] {
    const r = spawnSync("bash", ["--noprofile", "--norc", "-c", `npx() { printf '%s\\0' "$@"; }\n${sample}`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const words = r.stdout.split("\0").slice(0, -1);
    expect(words[0]).toBe("sobot-cc");
    return words.slice(1);
  }

  it("each sample, split by bash, is one sobot-cc command that the CLI sends and Prism answers (exit 0)", async () => {
    process.env.SOBOT_CC_NO_AUTORUN = "1";
    const { main } = await import("../../cli/main.js");
    const config = join(mkdtempSync(join(tmpdir(), "sobot-docs-cli-")), "profiles.json");
    const failures: string[] = [];
    for (const op of ops) {
      const [, cli] = op.operation["x-codeSamples"] as unknown as Sample[];
      const argv = argvOf(cli!.source);
      expect(argv[0], op.operationId).toBe(operations[op.operationId as keyof typeof operations].command);
      let out = "";
      let err = "";
      const code = await main(argv, {
        out: (t) => void (out += t),
        err: (t) => void (err += t),
        stdoutIsTTY: false,
        stderrIsTTY: false,
        env: { SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "docs-sample-token", SOBOT_CC_CONFIG: config },
      });
      if (code !== 0) failures.push(`${op.operationId} (exit ${code}): ${argv.join(" ")}\n${err}`);
      else expect(() => JSON.parse(out), op.operationId).not.toThrow();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("prints a flat body as one flag per field and a nested one whole as --data", () => {
    const byId = (id: string) => (ops.find((o) => o.operationId === id)!.operation["x-codeSamples"] as unknown as Sample[])[1]!.source;
    expect(byId("getAgentSetting")).toBe("# env: SOBOT_BASE_URL, SOBOT_APP_ID, SOBOT_APP_SECRET\nnpx sobot-cc get-agent-setting --agent 1111 --agentType 0");
    expect(argvOf(byId("searchRelayNumbers"))).toEqual(["search-relay-numbers", "--enabled", "1", "--enabled", "2", "--enabled", "0"]);
    const nested = argvOf(byId("updateSkillGroupMembers"));
    expect(nested.slice(0, 2)).toEqual(["update-skill-group-members", "--data"]);
    expect(JSON.parse(nested[2]!)).toEqual(requestExample(doc, ops.find((o) => o.operationId === "updateSkillGroupMembers")!).body);
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

  it("quotes shell-unsafe values and fills path parameters in curl; without a facade method the sample uses sobot.call", async () => {
    const { doc: out } = await injectCodeSamples(doc);
    const samples = listOperations(out)[0]!.operation["x-codeSamples"] as unknown as Sample[];
    expect(samples[2]!.source).toContain(`curl -X PUT 'https://example.test/base/items/7?q=it%27s'`);
    expect(samples[0]!.source).toContain(`sobot.call("putItem", {`);
    expect(samples[0]!.source).toMatch(/path: \{ id: 7 \}/);
    expect(samples[1]!.source).toContain(`npx sobot-cc put-item --q "it's"`.replace(`"it's"`, `'it'\\''s'`));
  });

  it("synthesizes a body from property examples only when the spec has no body example", () => {
    const ex = requestExample(doc, synth!);
    expect(ex.bodySource).toBe("synthesized");
    expect(ex.body).toEqual({ a: "<a>", n: 0, b: "bee" });
  });
});

describe("the TypeScript samples compile against the SDK", () => {
  it("type-checks every operation's sample with tsc (sobot-cc mapped to src/)", async () => {
    const root = new URL("../../", import.meta.url).pathname;
    const { doc } = await injectCodeSamples(loadSpec(SPEC));
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
