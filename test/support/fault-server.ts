/**
 * A scripted HTTP server on loopback for fault-injection tests. Plain node:http.
 * Every request is recorded (method, path, headers, body) before the test's handler decides
 * what happens: a JSON reply, a reset connection, a truncated body, or no answer at all.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
  json: unknown;
}

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  received: Received;
  /** 1-based number of this request among requests to the same `METHOD path` */
  n: number;
  /** reply with JSON */
  json(status: number, body: unknown, headers?: Record<string, string>): void;
  /** reply with raw text */
  text(status: number, body: string, headers?: Record<string, string>): void;
  /** destroy the connection before any response byte */
  reset(): void;
  /** send status, headers and part of the body, announcing more, then cut the connection */
  truncate(status: number, body: string, keepChars: number): void;
  /** never answer (the connection is destroyed when the server closes) */
  hang(): void;
}

export type Handler = (ex: Exchange) => void | Promise<void>;

export interface FaultServer {
  url: string;
  received: Received[];
  /** requests whose path is `path` (and method, if given) */
  requests(path: string, method?: string): Received[];
  /** resolves when `count` requests (to `path`, if given) have arrived */
  waitFor(count: number, path?: string): Promise<void>;
  /** number of requests being handled right now, and the most seen at once */
  inFlight(): { now: number; max: number };
  close(): Promise<void>;
}

export async function startFaultServer(handler: Handler): Promise<FaultServer> {
  const received: Received[] = [];
  const perRoute = new Map<string, number>();
  const sockets = new Set<Socket>();
  const waiters: { count: number; path?: string; resolve: () => void }[] = [];
  let now = 0;
  let max = 0;
  const count = (path?: string) => (path ? received.filter((r) => r.path === path).length : received.length);
  const wake = () => {
    for (const w of [...waiters]) if (count(w.path) >= w.count) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let json: unknown;
    try { json = body ? JSON.parse(body) : undefined; } catch { json = undefined; }
    const rec: Received = { method: req.method ?? "", path: url.pathname, query: url.searchParams, headers: req.headers, body, json };
    received.push(rec);
    const key = `${rec.method} ${rec.path}`;
    const n = (perRoute.get(key) ?? 0) + 1;
    perRoute.set(key, n);
    now++; max = Math.max(max, now);
    let done = false;
    const finish = () => { if (!done) { done = true; now--; } };
    res.on("close", finish);
    wake();
    const send = (status: number, text: string, type: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, "content-length": String(Buffer.byteLength(text)), ...headers });
      res.end(text);
    };
    const ex: Exchange = {
      req, res, received: rec, n,
      json: (status, b, headers) => send(status, JSON.stringify(b), "application/json", headers),
      text: (status, t, headers) => send(status, t, "text/html", headers),
      reset: () => { req.socket.destroy(); },
      truncate: (status, b, keep) => {
        res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(b)) });
        res.write(b.slice(0, keep), () => req.socket.destroy());
      },
      hang: () => {},
    };
    try {
      await handler(ex);
    } catch (e) {
      if (!res.headersSent) send(500, `fault-server handler threw: ${(e as Error).message}`, "text/plain");
    }
  });
  server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    requests: (path, method) => received.filter((r) => r.path === path && (!method || r.method === method.toUpperCase())),
    waitFor: (c, path) => new Promise<void>((resolve) => { waiters.push({ count: c, path, resolve }); wake(); }),
    inFlight: () => ({ now, max }),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A success envelope around `data`. */
export function envelope(data: unknown, extra: Record<string, unknown> = {}) {
  return { apiVersion: "6.0.0", status: "Success", code: 200, message: "ok", reason: "OK", kind: "Map", metaData: {}, data, retMsg: "ok", retCode: "000000", ...extra };
}

/** A failure envelope. */
export function failure(retCode: string, retMsg: string, extra: Record<string, unknown> = {}) {
  return { apiVersion: "6.0.0", status: "Failure", code: 400, message: retMsg, reason: "Bad Request", kind: "Map", metaData: {}, data: null, retMsg, retCode, ...extra };
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

/** An unsigned-looking JWT with the given claims (the client never verifies it). */
export function makeJwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(claims)}.c2lnbmF0dXJl`;
}
