/** Shared bits of the bulk tests: a client on the simulator (or the fake), templates from the spec's examples. */
import { examples } from "../../generated/examples.js";
import { createSobotClient, type SobotClient } from "../../src/index.js";
import type { CallingListTemplate, ContactPlanTemplate } from "../../src/bulk/index.js";

/** A server the bulk tests send to: the simulator (its token) or the hand-written fake (`test-token`). */
interface Server {
  url: string;
  token?: string;
  calls(operationId: string): { body: unknown }[];
}

export function client(server: Server, retry = false): SobotClient {
  return createSobotClient({ baseUrl: server.url, token: server.token ?? "test-token", retry: retry ? undefined : false });
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
/** Rows per call, in input order: calls run side by side and may arrive in any order, so they are ordered by their first row. */
export function sizes(server: Server, operationId: string, field?: string): number[] {
  const rowsOf = (c: { body: unknown }) => (field ? (c.body as Record<string, unknown[]>)[field]! : (c.body as unknown[]));
  const first = (rows: unknown[]) => {
    const r = rows[0] as string | { telephone?: string; callNumber?: string };
    return typeof r === "string" ? r : String(r.telephone ?? r.callNumber);
  };
  return server.calls(operationId).map(rowsOf).sort((a, b) => first(a).localeCompare(first(b), "en", { numeric: true })).map((rows) => rows.length);
}
