// What openapi-generator reads: the contract less the body links its parser refuses and the
// "at least one of these properties" allOf members it would turn into "all of them".
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeGeneratorInput } from "../../../scripts/clients/generator-input.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const alternatives = {
  description: "The token, as `a` or as `b`.",
  anyOf: [
    { type: "object", required: ["a"], properties: { a: { type: "string", minLength: 1 } } },
    { type: "object", required: ["b"] },
  ],
};

function generatorInput(schemas: Record<string, unknown>) {
  dir = mkdtempSync(join(tmpdir(), "generator-input-"));
  const spec = join(dir, "spec.json");
  writeFileSync(spec, JSON.stringify({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, components: { schemas } }));
  const result = writeGeneratorInput(spec, join(dir, "out"));
  const doc = JSON.parse(readFileSync(result.path, "utf8")) as { components: { schemas: Record<string, Record<string, unknown>> } };
  return { result, schemas: doc.components.schemas };
}

describe("writeGeneratorInput: required alternatives", () => {
  it("leaves out an allOf member that only requires one of the schema's own properties, and names it", () => {
    const { result, schemas } = generatorInput({
      Token: { type: "object", allOf: [alternatives], properties: { a: { type: "string" }, b: { type: "string" } } },
      Kept: { type: "object", allOf: [{ $ref: "#/components/schemas/Token" }, alternatives], properties: { a: { type: "string" }, b: { type: "string" } } },
    });
    expect(result.droppedAlternatives).toEqual(["components.schemas.Token: a | b", "components.schemas.Kept: a | b"]);
    expect(schemas.Token).not.toHaveProperty("allOf");
    expect(schemas.Token.properties).toEqual({ a: { type: "string" }, b: { type: "string" } });
    expect(schemas.Kept.allOf).toEqual([{ $ref: "#/components/schemas/Token" }]);
  });

  it("keeps anyOf members that say more than which properties are required", () => {
    const undeclared = { anyOf: [{ required: ["a"] }, { required: ["c"] }] };
    const withType = { anyOf: [{ required: ["a"] }, { required: ["b"], properties: { b: { type: "string" } }, additionalProperties: false }] };
    const { result, schemas } = generatorInput({
      Undeclared: { type: "object", allOf: [undeclared], properties: { a: { type: "string" }, b: { type: "string" } } },
      Constrained: { type: "object", allOf: [withType], properties: { a: { type: "string" }, b: { type: "string" } } },
      Extra: { type: "object", allOf: [{ ...alternatives, nullable: true }], properties: { a: { type: "string" }, b: { type: "string" } } },
    });
    expect(result.droppedAlternatives).toEqual([]);
    expect(schemas.Undeclared.allOf).toEqual([undeclared]);
    expect(schemas.Constrained.allOf).toEqual([withType]);
    expect(schemas.Extra.allOf).toEqual([{ ...alternatives, nullable: true }]);
  });
});
