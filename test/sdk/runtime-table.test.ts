/**
 * The runtime table (generated/runtime-operations.ts) must equal the full table without its
 * texts, in value and in type.
 */
import { expect, expectTypeOf, it } from "vitest";
import { operations as full } from "../../generated/operations.js";
import { operations as runtime } from "../../generated/runtime-operations.js";
import { createSobotClient, type SobotOperations } from "../../src/index.js";

type Full = typeof full;
type WithoutTexts = { readonly [K in keyof Full]: Omit<Full[K], "summary" | "description"> };

it("every row equals the full table's row without summary and description", () => {
  const expected = Object.fromEntries(Object.entries(full).map(([id, { summary: _s, description: _d, ...row }]) => [id, row]));
  expect(runtime).toEqual(expected);
  expect(Object.keys(runtime)).toEqual(Object.keys(full));
  // rows do not share their default arrays
  expect(runtime.getAgentSetting.fieldRules).not.toBe(runtime.updateAgentSetting.fieldRules);
});

it("client.operations is typed as precisely as the full table", () => {
  expectTypeOf<SobotOperations>().toEqualTypeOf<WithoutTexts>();
  expectTypeOf(createSobotClient({ baseUrl: "https://sg.sobot.io", token: "t" }).operations).toEqualTypeOf<WithoutTexts>();
  expectTypeOf<SobotOperations["searchSkillGroups"]["paging"]["shape"]>().toEqualTypeOf<"total">();
  expectTypeOf<SobotOperations["createSkillGroup"]["paging"]>().toEqualTypeOf<null>();
});
