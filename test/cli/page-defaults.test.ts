/** Every paged operation runs with no page flags: the spec's page defaults are sent, and help shows them as numbers. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { examples } from "../../generated/examples.js";
import { operations as table, type OperationMeta } from "../../generated/operations.js";
import { flatten, loadSpec, type JsonObject } from "../support/spec.js";
import { startFaultServer, type FaultServer } from "../support/fault-server.js";
import { runMain } from "./support/run-main.js";

const doc = loadSpec();
const operations = table as unknown as Record<string, OperationMeta>;
const paged = Object.values(operations).filter((op) => op.paging && op.paging.shape !== "none");
const commandOf = (id: string) => operations[id]!.command;

/** The page fields' defaults as the spec states them, read here independently of the CLI's reader. */
function specDefaults(id: string): Record<string, number> {
  const op = operations[id]!;
  const paging = op.paging!;
  const spec = ((doc.paths as JsonObject)[op.path] as JsonObject)[op.method] as JsonObject;
  const media = ((spec.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject;
  const props = flatten(doc, media.schema).properties as JsonObject;
  const page = flatten(doc, props[paging.pageParam!]);
  const size = flatten(doc, props[paging.sizeParam!]);
  return {
    [paging.pageParam!]: typeof page.default === "number" ? page.default : 1,
    [paging.sizeParam!]: typeof size.default === "number" ? size.default : paging.defaultPageSize!,
  };
}

/** The spec's request example without its page fields: what a user types besides them. */
function argsWithoutPaging(id: string): string[] {
  const op = operations[id]!;
  const ex = examples[id as keyof typeof examples] as { body?: Record<string, unknown> } | undefined;
  const body = { ...((ex?.body ? Object.values(ex.body)[0] : {}) as Record<string, unknown>) };
  delete body[op.paging!.pageParam!];
  delete body[op.paging!.sizeParam!];
  return Object.keys(body).length ? ["--data", JSON.stringify(body)] : [];
}

let server: FaultServer;
let answer: unknown;
beforeAll(async () => { server = await startFaultServer((ex) => ex.json(200, answer)); });
afterAll(() => server.close());

describe("paged operations need no page flags", () => {
  it("there are paged operations, each with a page and a size field", () => {
    expect(paged.length).toBeGreaterThanOrEqual(5);
    for (const op of paged) expect(Object.keys(specDefaults(op.operationId)), op.operationId).toHaveLength(2);
  });

  it.each(paged.map((op) => op.operationId))("%s sends the spec's page defaults when no page flag is given", async (id) => {
    answer = Object.values(examples[id as keyof typeof examples].response)[0];
    const before = server.received.length;
    const r = await runMain([commandOf(id), ...argsWithoutPaging(id)], { SOBOT_BASE_URL: server.url, SOBOT_TOKEN: "test-token" });
    expect(r.code, r.stderr).toBe(0);
    const sent = server.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.json).toMatchObject(specDefaults(id));
    // a page flag given wins over the default
    const size = operations[id]!.paging!.sizeParam!;
    const r2 = await runMain([commandOf(id), ...argsWithoutPaging(id), `--${size}`, "7"], { SOBOT_BASE_URL: server.url, SOBOT_TOKEN: "test-token" });
    expect(r2.code, r2.stderr).toBe(0);
    expect((server.received.at(-1)!.json as Record<string, unknown>)[size]).toBe(7);
  });

  it.each(paged.map((op) => op.operationId))("%s runs against the Prism mock with no page flags (exit 0, the example's page)", async (id) => {
    const r = await runMain([commandOf(id), ...argsWithoutPaging(id)], { SOBOT_BASE_URL: inject("prismUrl"), SOBOT_TOKEN: "test-token" });
    expect(r.code, r.stderr).toBe(0);
    const page = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Array.isArray(page[operations[id]!.paging!.itemsField ?? "list"])).toBe(true);
  });

  it.each(paged.map((op) => op.operationId))("%s --help shows the page defaults as numbers", async (id) => {
    const r = await runMain([commandOf(id), "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("x-sobot-paging");
    for (const [name, value] of Object.entries(specDefaults(id))) {
      const block = r.stdout.slice(r.stdout.indexOf(`  --${name} <`)).split("\n  --")[0]!;
      expect(block, name).toContain(`default ${value}`);
    }
    expect(r.stdout).toContain(`without page flags, one page as ${Object.entries(specDefaults(id)).map(([k, v]) => `--${k} ${v}`).join(" ")}`);
  });
});
