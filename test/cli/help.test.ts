import { describe, expect, it } from "vitest";
import { operations, operationIds } from "../../generated/operations.js";
import { flatten, loadSpec, resolveRef, type JsonObject } from "../support/spec.js";
import { runCli } from "./support/run-cli.js";

const doc = loadSpec();
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const kebab = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").toLowerCase();

/** What the spec says of one operation: its summary, description and each request field's and parameter's description. */
function specTexts(operationId: string) {
  const meta = operations[operationId as keyof typeof operations];
  const op = ((doc.paths as JsonObject)[meta.path] as JsonObject)[meta.method] as JsonObject;
  const fields: [string, string][] = [];
  for (const p of (op.parameters as JsonObject[] | undefined) ?? []) {
    const param = resolveRef(doc, p) as JsonObject;
    fields.push([String(param.name), String(param.description)]);
  }
  if (op.requestBody) {
    const media = ((op.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject;
    const schema = flatten(doc, media.schema);
    for (const [name, node] of Object.entries((schema.properties as JsonObject | undefined) ?? {})) {
      fields.push([name, String(flatten(doc, node).description)]);
    }
  }
  return { summary: meta.summary, description: meta.description, fields };
}

describe("sobot-cc --help", () => {
  it("lists every operation of the operation table, by command name, id and summary", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    for (const id of operationIds) {
      const line = r.stdout.split("\n").find((l) => l.includes(`(${id})`));
      expect(line, id).toBeDefined();
      expect(line).toContain(kebab(id));
      expect(line).toContain(operations[id].summary);
    }
    for (const tag of new Set(Object.values(operations).map((o) => o.tag))) expect(r.stdout).toContain(`  ${tag}\n`);
  });

  it.each(["createContactPlans", "getAgentSetting", "importCallingList"])("%s --help carries the spec's own texts", async (id) => {
    const r = await runCli([kebab(id), "--help"]);
    expect(r.code).toBe(0);
    const out = squash(r.stdout);
    const spec = specTexts(id);
    expect(r.stdout.split("\n")[0]).toBe(`sobot-cc ${kebab(id)} — ${spec.summary}`);
    expect(out).toContain(squash(spec.description));
    expect(spec.fields.length).toBeGreaterThan(0);
    for (const [name, description] of spec.fields) {
      expect(out, name).toContain(`--${name} <`);
      expect(out, name).toContain(squash(description));
    }
  });

  it("shows a field's constraints as the spec states them", async () => {
    const r = await runCli(["create-contact-plans", "--help"]);
    expect(r.stdout).toMatch(/--customerPhoneNumberList <string\[\]>\s+\(required\)/);
    expect(r.stdout).toContain("at most 50 items; each: pattern ^[0-9]{3,16}$");
    expect(r.stdout).toContain("at most 20 characters");
  });

  it("import <kind> --help describes the rows with the item schema's descriptions", async () => {
    const r = await runCli(["import", "calling-list", "--help"]);
    expect(r.code).toBe(0);
    const entry = flatten(doc, { $ref: "#/components/schemas/CallingListEntry" });
    for (const [name, node] of Object.entries(entry.properties as JsonObject)) {
      expect(squash(r.stdout), name).toContain(squash(`${name} <`));
      expect(squash(r.stdout), name).toContain(squash(String(flatten(doc, node).description)));
    }
    expect(r.stdout).toContain("calls of at most 500 rows (the project's default; --chunk-size to change it)");
    const plans = await runCli(["import", "contact-plans", "--help"]);
    expect(plans.stdout).toContain("calls of at most 50 rows (the vendor's limit)");
    expect(plans.stdout).toContain("not sent again: this operation takes no Idempotency-Key");
  });
});
