/**
 * The operation tables the SDK runs on (generated/runtime-operations.ts) and the CLI and docs
 * show (generated/operations.ts) say what openapi.yaml says. The expectations are read here from
 * the YAML with the `yaml` parser alone, not through lint/spec-reader or the generator under test,
 * so a reader or generator bug (a method or a path-level parameter forgotten, an extension
 * misread) makes this fail instead of agreeing with itself.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, expectTypeOf, it } from "vitest";
import { operations as full } from "../../generated/operations.js";
import { operations as runtime } from "../../generated/runtime-operations.js";
import { createSobotClient, type SobotOperations } from "../../src/index.js";

type Full = typeof full;
/** The runtime rows: no texts, and none of the names only the CLI, the MCP server and the docs use. */
type WithoutTexts = { readonly [K in keyof Full]: Omit<Full[K], "summary" | "description" | "command" | "tool" | "importKind"> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const doc: Any = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));
/** This spec's parameters are inline or `$ref: '#/components/parameters/<Name>'`, nothing else. */
const parameter = (p: Any): Any => (p.$ref ? doc.components.parameters[p.$ref.split("/").pop()] : p);

const expected = Object.entries(doc.paths as Record<string, Any>).flatMap(([path, item]) =>
  ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    .filter((method) => item[method])
    .map((method) => {
      const op = item[method];
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(parameter);
      const body = op.requestBody?.content?.["application/json"]?.schema;
      const bodySchema = body?.$ref ? doc.components.schemas[body.$ref.split("/").pop()] : body;
      return {
        operationId: op.operationId as string,
        method,
        path,
        tag: op.tags[0],
        sdkMethod: op["x-sobot-sdk-method"],
        security: (op.security ?? doc.security).length > 0,
        safe: op["x-sobot-safe"] === true,
        idempotent: op["x-sobot-idempotent"] === true,
        paging: op["x-sobot-paging"] ?? null,
        batch: op["x-sobot-batch"] ?? null,
        fieldRules: op["x-sobot-field-rules"] ?? [],
        parameters: params.map((p: Any) => ({ name: p.name, in: p.in, required: p.required === true })),
        requestBody: op.requestBody ? { required: op.requestBody.required === true, kind: bodySchema.type === "array" ? "array" : "object" } : null,
        summary: op.summary,
        description: op.description,
      };
    }),
);

describe("operation tables against openapi.yaml", () => {
  it("list every operation of the spec once, in document order", () => {
    expect(expected.length).toBe(20); // the seed's 19 operations and the token operation
    expect(Object.keys(full)).toEqual(expected.map((e) => e.operationId));
    expect(Object.keys(runtime)).toEqual(expected.map((e) => e.operationId));
  });

  // the derived names (facade group, command, tool, import kind) are pinned where they are
  // computed (test/generate/operation-names.test.ts) and where they are used (facade, CLI, MCP
  // tests); here: each row has them, and an import kind exactly when the spec says x-sobot-batch
  const names = (row: { batch: unknown }) => ({
    group: expect.any(String), command: expect.any(String), tool: expect.any(String),
    importKind: row.batch === null ? null : expect.any(String),
  });

  it.each(expected)("$operationId: the full row is the spec's operation", (row) => {
    expect((full as Any)[row.operationId]).toEqual({ ...row, ...names(row) });
  });

  it.each(expected)("$operationId: the runtime row is the spec's operation without its texts", ({ summary: _s, description: _d, ...row }) => {
    expect((runtime as Any)[row.operationId]).toEqual({ ...row, group: (full as Any)[row.operationId].group });
    expect(Object.keys((runtime as Any)[row.operationId])).not.toContain("summary");
    for (const cliOnly of ["command", "tool", "importKind"]) expect(Object.keys((runtime as Any)[row.operationId])).not.toContain(cliOnly);
  });
});

it("client.operations is typed as precisely as the full table", () => {
  expectTypeOf<SobotOperations>().toEqualTypeOf<WithoutTexts>();
  expectTypeOf(createSobotClient({ baseUrl: "https://sg.sobot.io", token: "t" }).operations).toEqualTypeOf<WithoutTexts>();
  expectTypeOf<SobotOperations["searchSkillGroups"]["paging"]["shape"]>().toEqualTypeOf<"total">();
  expectTypeOf<SobotOperations["createSkillGroup"]["paging"]>().toEqualTypeOf<null>();
});
