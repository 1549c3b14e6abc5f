/** Shared bits of the bulk tests: a fake server, a client on it, templates from the spec's examples. */
import { examples } from "../../generated/examples.js";
import { createSobotClient, type SobotClient } from "../../src/index.js";
import type { CallingListTemplate, ContactPlanTemplate } from "../../src/bulk/index.js";
import type { FakeSobot } from "../support/fake-sobot-server.js";

export function client(fake: FakeSobot, retry = false): SobotClient {
  return createSobotClient({ baseUrl: fake.url, token: "test-token", retry: retry ? undefined : false });
}

const { dataDetails: _rows, ...callingList } = Object.values(examples.importCallingList.body)[0]!;
const { customerPhoneNumberList: _numbers, ...plans } = Object.values(examples.createContactPlans.body)[0]!;

/** The seed's request examples without their rows. */
export const templates = {
  callingList: { ...callingList, assignRule: "NoAssign", assignAgentAndCount: undefined } as CallingListTemplate,
  contactPlans: plans as ContactPlanTemplate,
};
delete (templates.callingList as { assignAgentAndCount?: unknown }).assignAgentAndCount;

export const phones = (n: number, from = 18100000000) => Array.from({ length: n }, (_, i) => String(from + i));
export const entries = (n: number) => phones(n, 1000000000).map((telephone) => ({ telephone }));
export const forbidden = (numbers: string[]) => numbers.map((callNumber) => ({ callNumber, numberType: 1 as const, callType: 3 as const, enabled: 1 as const }));
export const sizes = (fake: FakeSobot, operationId: string, field?: string) =>
  fake.calls(operationId).map((c) => (field ? (c.body as Record<string, unknown[]>)[field]! : (c.body as unknown[])).length);
