/**
 * Every facade method once against Prism serving openapi.yaml: the request passes, typed data comes back.
 * Which method serves which operation is read from openapi.yaml with the `yaml` parser and the
 * documented tag names below, not from the generated table the facade itself is built from, so a
 * facade that misnames or drops a method fails here.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, describe, expect, inject, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { examples } from "../../generated/examples.js";
import { createSobotClient } from "../../src/index.js";
import { baseRequest } from "../support/base-requests.js";
import { APP_ID, APP_SECRET, expectNoLeaks, lines, recordError } from "./harness.js";

afterAll(() => expectNoLeaks());

const sobot = createSobotClient({
  baseUrl: inject("prismUrl"),
  credentials: { appId: APP_ID, appSecret: APP_SECRET },
  retry: false,
  debug: (l) => lines.push(l),
});

/** `sobot.<group>` of each tag, as the README documents the facade. */
const GROUP: Record<string, string> = {
  Authentication: "authentication", Agents: "agents", "Skill groups": "skillGroups", Extensions: "extensions",
  Numbers: "numbers", "Outbound tasks": "outboundTasks", "Contact plans": "contactPlans", "IVR flows": "ivrFlows",
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const spec: any = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8"));
const rows = Object.values(spec.paths as Record<string, Record<string, any>>).flatMap((item) =>
  Object.values(item).filter((op) => op && typeof op === "object" && typeof op.operationId === "string").map((op) => {
    const meta = operations[op.operationId as keyof typeof operations];
    return [`${GROUP[op.tags[0]]}.${op["x-sobot-sdk-method"]}`, op.operationId as string, meta] as const;
  }),
);

describe("facade against Prism", () => {
  it("covers every operation of the spec exactly once, each by its own facade method", () => {
    expect(rows.length).toBe(20);
    expect(new Set(rows.map(([name]) => name)).size).toBe(rows.length);
    expect(rows.every(([name]) => !name.startsWith("undefined."))).toBe(true);
    for (const [name, operationId, meta] of rows) expect(meta?.operationId, `${name} → ${operationId}`).toBe(operationId);
  });

  it.each(rows)("%s (%s)", async (name, operationId, op) => {
    const [tag, method] = name.split(".") as [string, string];
    const fn = (sobot as unknown as Record<string, Record<string, (arg?: unknown, o?: unknown) => unknown> | undefined>)[tag]?.[method];
    expect(fn, `sobot.${name} is not a function`).toBeTypeOf("function");
    const req = baseRequest(operationId);
    const arg = op.requestBody ? req.body : req.query;
    try {
      const out = op.paging ? await (fn!(arg) as { toArray(o: { limit: number }): Promise<unknown[]> }).toArray({ limit: 3 }) : await fn!(arg);
      const response = Object.values((examples as Record<string, { response: Record<string, unknown> }>)[operationId]!.response)[0] as { data?: unknown };
      if (op.paging) {
        const data = response.data as unknown[] | { list?: unknown[] };
        const items = Array.isArray(data) ? data : data.list ?? [];
        // a static mock repeats its one example page: page 1's items come first
        expect((out as unknown[]).length).toBeLessThanOrEqual(3);
        expect((out as unknown[]).slice(0, items.length)).toEqual(items.slice(0, 3));
      } else if (op.security) {
        expect(out).toEqual(response.data);
      } else {
        expect(out).toEqual(response);
      }
    } catch (e) {
      recordError(e);
      throw e;
    }
  });
});
