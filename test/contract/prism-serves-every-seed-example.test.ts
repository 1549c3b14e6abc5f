import { describe, expect, inject, it } from "vitest";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/types.js";
import { operations, operationIds } from "../../generated/operations.js";
import { examples } from "../../generated/examples.js";

// 19 Basic Management operations of the seed, plus the company token operation.
it("the spec has the seed's 19 operations plus the token operation", () => {
  expect(operationIds).toHaveLength(20);
});

describe.each(operationIds)("%s", (operationId) => {
  const op = operations[operationId];
  const ex = examples[operationId];
  const requestNames = Object.keys(ex.body);
  const cases = requestNames.length ? requestNames : ["(parameters only)"];

  it.each(cases)("request example %s is answered 2xx with the seed's response example", async (name) => {
    const client = createClient<paths>({ baseUrl: inject("prismUrl") });
    // the examples are typed per operation in generated/examples.ts; here one loop sends them all
    const send = (client as unknown as Record<string, (path: string, init: object) => Promise<{ response: Response; data?: unknown }>>)[
      op.method.toUpperCase()
    ];
    const { response, data } = await send(op.path, {
      params: { query: ex.query, header: ex.headers },
      body: (ex.body as Record<string, unknown>)[name],
      headers: op.security ? { Authorization: "test-token" } : {},
    });
    expect(response.status, response.headers.get("sl-violations") ?? "").toBe(200);
    expect(data).toEqual(Object.values(ex.response)[0]);
  });
});
