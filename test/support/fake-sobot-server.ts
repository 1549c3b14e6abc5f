/**
 * A small stateful stand-in for the Sobot API on loopback (node:http, port 0), for what Prism
 * cannot do: remember what was imported, refuse rows the way the vendor does, page through a
 * real list, deduplicate by Idempotency-Key, and hold a request forever so a test can kill the
 * client mid-call. Operations are routed by the generated operation table; those without a
 * handler here answer with their first response example, so every operation is reachable.
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
  /** the token every secured operation accepts (default `test-token`); tokens the fake issued work too */
  token?: string;
  /** app credentials the token operation accepts */
  app?: { appId: string; appSecret: string };
  /** calling-list entries naming another agent are counted as server-side errors */
  knownAgents?: string[];
  /** number of published IVR flows to page through */
  ivrFlows?: number;
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

interface Batch {
  campaignId: string;
  code: string;
  callingListCode: string;
  removeDuplicatesRule: string;
  success: number;
  error: number;
  repeat: number;
  creationTime: number;
  phones: Set<string>;
}

export interface FakeSobot {
  url: string;
  requests: FakeRequest[];
  /** requests of one operation */
  calls(operationId: string): FakeRequest[];
  /** how many times each calling-list number was applied (replays of an Idempotency-Key apply nothing) */
  callingList: Map<string, number>;
  /** `callNumber|callType` → times applied */
  forbidden: Map<string, number>;
  /** contact-plan phone number → plans created */
  contactPlans: Map<string, number>;
  /** Idempotency-Keys answered from memory instead of applied again */
  replayedKeys: string[];
  /** the most requests being answered at the same time */
  maxInFlight(): number;
  /** requests refused with 429 by `maxInFlight` (not applied) */
  refused(): number;
  /** resolves once `count` requests of `operationId` have arrived */
  waitFor(operationId: string, count: number): Promise<void>;
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
  const options: FakeSobotOptions = { token: "test-token", knownAgents: ["12001", "12002"], ivrFlows: 23, ...initial };
  const requests: FakeRequest[] = [];
  const issued = new Set<string>();
  const callingList = new Map<string, number>();
  const forbidden = new Map<string, number>();
  const contactPlans = new Map<string, number>();
  const replayedKeys: string[] = [];
  const answered = new Map<string, unknown>();
  const batches = new Map<string, Batch>();
  const waiters: { operationId: string; count: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  /** requests between arrival and answer, for the `maxInFlight` limit */
  let active = 0;
  let refused = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  const handlers: Record<string, (req: FakeRequest) => unknown> = {
    importCallingList(req) {
      const key = String(req.headers["idempotency-key"] ?? "");
      if (answered.has(key)) {
        replayedKeys.push(key);
        return answered.get(key);
      }
      const b = req.body as Json;
      const code = String(b.callingListCode);
      const batch = batches.get(code) ?? {
        campaignId: String(b.campaignId ?? idOf(String(b.code))), code: String(b.code ?? "task"), callingListCode: code,
        removeDuplicatesRule: String(b.removeDuplicatesRule), success: 0, error: 0, repeat: 0, creationTime: Date.now(), phones: new Set<string>(),
      };
      batches.set(code, batch);
      for (const e of b.dataDetails as Json[]) {
        const phone = String(e.telephone);
        if (e.allocationAgent !== undefined && !options.knownAgents!.includes(String(e.allocationAgent))) batch.error++;
        else if (batch.removeDuplicatesRule !== "NonRemoveDuplicates" && batch.phones.has(phone)) batch.repeat++;
        else {
          batch.success++;
          batch.phones.add(phone);
          bump(callingList, phone);
        }
      }
      const out = envelope({ campaignId: batch.campaignId, callingListCode: code, code: batch.code }, "ApiRespCampaignsVO");
      answered.set(key, out);
      return out;
    },
    getCallingListImportResults(req) {
      const b = req.body as Json;
      const list = [...batches.values()]
        .filter((x) => b.callingListCode === undefined || x.callingListCode === b.callingListCode)
        .map((x) => ({
          campaignId: x.campaignId, code: x.code, callingListCode: x.callingListCode, removeDuplicatesRule: x.removeDuplicatesRule,
          successCount: x.success, errorCount: x.error, repeatCount: x.repeat, removeDuplicatesCount: x.repeat, creationTime: x.creationTime,
          errorReportPath: x.error ? `http://127.0.0.1/fake/reports/${x.callingListCode}.xlsx` : "",
        }));
      return envelope(page(list, b, 50, "totalCount"));
    },
    importForbiddenNumbers(req) {
      const rows = req.body as Json[];
      const details: string[] = [];
      rows.forEach((r, i) => {
        const key = `${r.callNumber}|${r.callType}`;
        if (forbidden.has(key)) details.push(`NO[${i + 1}],[callNumber],Content[${r.callNumber}],[Reference:unique-number]`);
        else bump(forbidden, key);
      });
      return envelope({ successCount: rows.length - details.length, failedCount: details.length, details }, "BatchDetail");
    },
    createContactPlans(req) {
      const b = req.body as Json;
      const ids = (b.customerPhoneNumberList as string[]).map((p) => {
        bump(contactPlans, p);
        return idOf(`${b.name}/${p}/${contactPlans.get(p)}`);
      });
      return envelope(ids, "List");
    },
    searchPublishedIvrFlows(req) {
      const all = Array.from({ length: options.ivrFlows! }, (_, i) => ({ name: `flow-${i + 1}`, code: String(1000 + i + 1), remarks: "fake" }));
      return envelope(page(all, (req.body ?? {}) as Json, 10, "total"), "SearchIvrResponse");
    },
  };

  function page(all: unknown[], body: Json, defaultSize: number, shape: "total" | "totalCount") {
    const size = Number(body.pageSize ?? defaultSize);
    const curr = Number(body.currPage ?? 1);
    const list = all.slice((curr - 1) * size, curr * size);
    return shape === "total"
      ? { list, currPage: curr, pageSize: size, total: all.length }
      : { list, currPage: curr, pageSize: size, totalCount: all.length, totalPage: Math.ceil(all.length / size) };
  }

  function authorized(req: FakeRequest): boolean {
    const auth = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    return auth === options.token || issued.has(auth);
  }

  function token(req: FakeRequest): { status: number; body: unknown } {
    const b = (req.body ?? {}) as Json;
    const app = options.app;
    const sign = app ? createHash("md5").update(`${app.appId}${b.currentTime}${b.responseType}${app.appSecret}`).digest("hex") : undefined;
    if (!app || b.appId !== app.appId || b.sign !== sign) return { status: 401, body: failure(401, "bad app credentials") };
    const t = `fake-token-${issued.size + 1}`;
    issued.add(t);
    return { status: 200, body: { response_type: "token", access_token: t } };
  }

  function answer(req: FakeRequest): { status: number; body: unknown } {
    const scripted = options.reply?.(req);
    if (scripted) return scripted;
    if (req.operationId === "createCompanyToken") return token(req);
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
    for (const w of waiters.filter((x) => requests.filter((r) => r.operationId === x.operationId).length >= x.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
    if (options.hold?.(req)) return; // applied, never answered: the client is killed while it waits
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    inFlight--;
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
    callingList, forbidden, contactPlans, replayedKeys,
    maxInFlight: () => maxInFlight,
    refused: () => refused,
    waitFor: (operationId, count) => new Promise<void>((resolve) => {
      if (requests.filter((r) => r.operationId === operationId).length >= count) resolve();
      else waiters.push({ operationId, count, resolve });
    }),
    set: (o) => Object.assign(options, o),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
