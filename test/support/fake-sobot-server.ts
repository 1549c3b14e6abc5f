/**
 * A hand-written stand-in for the Sobot API on loopback (node:http, port 0), kept only for faults
 * the project's simulator (src/sim, test/support/simulator.ts) cannot produce — tests that imitate
 * Sobot's behaviour use the simulator. What is left: a scripted reply to any request (a malformed
 * success, a batch never listed), hooks at the exact instants a test kills its client (before the
 * rows are applied, after, and right after the answer went out, for the n-th call while every call
 * is delayed), and a rate limit with its own 429 count. It still applies calling-list rows and
 * contact plans, counting each number, and replays an Idempotency-Key, so those tests count what
 * the server got. Other operations answer their first response example.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { operations, type OperationId } from "../../generated/operations.js";
import { examples } from "../../generated/examples.js";

export interface FakeRequest {
  /** 1-based arrival number over all requests */
  n: number;
  operationId: string;
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

type Json = Record<string, unknown>;

export interface FakeSobotOptions {
  /** the token every secured operation accepts (default `test-token`) */
  token?: string;
  /** never answer the requests this returns true for (after applying them: the server got the rows) */
  hold?: (req: FakeRequest) => boolean;
  /** answer the requests this returns a reply for with that reply instead */
  reply?: (req: FakeRequest) => { status: number; body: unknown } | undefined;
  /** answer after this many ms (to see how many calls a client keeps in flight) */
  delayMs?: number;
  /** never answer the requests this returns true for, and do not apply them: the client is killed after its journal said `sending` but before the server took the rows */
  holdBeforeApply?: (req: FakeRequest) => boolean;
  /** called right after a response went out (a test kills the client there: the server applied the rows, the client may not have recorded it) */
  onAnswered?: (req: FakeRequest) => void;
  /** a rate limit the client is not told: a request arriving while this many are being answered gets a 429 and is not applied */
  maxInFlight?: number;
  /** the Retry-After header of those 429s (none when undefined) */
  retryAfter?: string;
}

export interface FakeSobot {
  url: string;
  requests: FakeRequest[];
  /** requests of one operation */
  calls(operationId: string): FakeRequest[];
  /** how many times each calling-list number was applied (replays of an Idempotency-Key apply nothing) */
  callingList: Map<string, number>;
  /** contact-plan phone number → plans created */
  contactPlans: Map<string, number>;
  /** requests refused with 429 by `maxInFlight` (not applied) */
  refused(): number;
  set(options: Partial<FakeSobotOptions>): void;
  close(): Promise<void>;
}

const envelope = (data: unknown, kind = "Fake") => ({
  apiVersion: "fake", status: "Success", code: 200, message: "Success", reason: "", kind, metaData: {}, data,
});
const failure = (code: number, message: string) => ({
  apiVersion: "fake", status: "Failure", code, message, reason: message, kind: "Status", metaData: {}, retCode: String(code), retMsg: message,
});
const idOf = (s: string) => createHash("md5").update(s).digest("hex");

function route(method: string, path: string): string | undefined {
  return Object.values(operations).find((op) => op.method === method.toLowerCase() && op.path === path)?.operationId;
}

export async function startFakeSobot(initial: FakeSobotOptions = {}): Promise<FakeSobot> {
  const options: FakeSobotOptions = { token: "test-token", ...initial };
  const requests: FakeRequest[] = [];
  const callingList = new Map<string, number>();
  const contactPlans = new Map<string, number>();
  const answered = new Map<string, unknown>();
  /** numbers already in each calling list (by callingListCode), for its duplicate rule */
  const lists = new Map<string, Set<string>>();
  const sockets = new Set<Socket>();
  /** requests between arrival and answer, for the `maxInFlight` limit */
  let active = 0;
  let refused = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  const handlers: Record<string, (req: FakeRequest) => unknown> = {
    importCallingList(req) {
      const key = String(req.headers["idempotency-key"] ?? "");
      if (answered.has(key)) return answered.get(key);
      const b = req.body as Json;
      const code = String(b.callingListCode);
      const phones = lists.get(code) ?? new Set<string>();
      lists.set(code, phones);
      for (const e of b.dataDetails as Json[]) {
        const phone = String(e.telephone);
        if (b.removeDuplicatesRule !== "NonRemoveDuplicates" && phones.has(phone)) continue; // a repeat: not applied again
        phones.add(phone);
        bump(callingList, phone);
      }
      const out = envelope({ campaignId: String(b.campaignId ?? idOf(String(b.code))), callingListCode: code, code: String(b.code ?? "task") }, "ApiRespCampaignsVO");
      answered.set(key, out);
      return out;
    },
    createContactPlans(req) {
      const b = req.body as Json;
      const ids = (b.customerPhoneNumberList as string[]).map((p) => {
        bump(contactPlans, p);
        return idOf(`${b.name}/${p}/${contactPlans.get(p)}`);
      });
      return envelope(ids, "List");
    },
  };

  const authorized = (req: FakeRequest) => String(req.headers.authorization ?? "").replace(/^Bearer /, "") === options.token;

  function answer(req: FakeRequest): { status: number; body: unknown } {
    const scripted = options.reply?.(req);
    if (scripted) return scripted;
    const op = operations[req.operationId as OperationId];
    if (op.security && !authorized(req)) return { status: 401, body: failure(401, "token missing or invalid") };
    const handler = handlers[req.operationId];
    if (handler) return { status: 200, body: handler(req) };
    return { status: 200, body: Object.values(examples[req.operationId as OperationId].response)[0] };
  }

  const server = createServer(async (inc: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of inc) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(inc.url ?? "/", "http://127.0.0.1");
    const operationId = route(inc.method ?? "GET", url.pathname);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!operationId) return send(404, failure(404, `no operation at ${inc.method} ${url.pathname}`));
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return send(400, failure(400, "body is not JSON"));
    }
    const req: FakeRequest = {
      n: requests.length + 1, operationId, method: inc.method ?? "GET", path: url.pathname,
      headers: inc.headers, body: body ?? Object.fromEntries(url.searchParams),
    };
    requests.push(req);
    if (options.holdBeforeApply?.(req)) return;
    if (options.maxInFlight !== undefined && req.operationId !== "createCompanyToken" && active >= options.maxInFlight) {
      refused++;
      res.writeHead(429, { "content-type": "application/json", ...(options.retryAfter !== undefined && { "retry-after": options.retryAfter }) });
      res.end(JSON.stringify(failure(429, "too many requests")));
      return;
    }
    active++;
    res.on("close", () => active--);
    const { status, body: out } = answer(req);
    if (options.hold?.(req)) return; // applied, never answered: the client is killed while it waits
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    send(status, out);
    options.onAnswered?.(req);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: (id) => requests.filter((r) => r.operationId === id),
    callingList, contactPlans,
    refused: () => refused,
    set: (o) => Object.assign(options, o),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
