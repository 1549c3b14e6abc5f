/**
 * No error, log line, toString, inspect or JSON form ever carries the token, appSecret, sign or an
 * extension password — even when the server echoes them back. (Every SDK suite also scans its own
 * errors and debug lines with `expectNoLeaks()`; this one provokes the worst cases on purpose.)
 */
import { afterAll, afterEach, expect, it } from "vitest";
import { SobotApiError, SobotAuthError, SobotHttpError, SobotValidationError } from "../../src/index.js";
import { failure, startFaultServer, type FaultServer, type Handler } from "../support/fault-server.js";
import { EXT_PASSWORD, TOKEN_PATH, client, expectNoLeaks, issueToken, lines, rejection } from "./harness.js";

const ext = { agentID: "5002", agentType: "0", ext: "5002", password: EXT_PASSWORD };
let server: FaultServer | undefined;
async function serve(api: Handler) {
  server = await startFaultServer((ex) => (ex.received.path === TOKEN_PATH ? void issueToken(ex) : api(ex)));
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => {
  expect(lines.some((l) => l.includes("[REDACTED]"))).toBe(true);
  expectNoLeaks();
});

/** Everything the request carried, echoed back. */
const echo = (ex: Parameters<Handler>[0]) => `auth=${ex.received.headers.authorization} body=${ex.received.body}`;

it("a failure envelope echoing the request (password, token) is redacted in the error", async () => {
  const s = await serve((ex) => ex.json(200, failure("500100", echo(ex), { data: { ...(ex.received.json as object), token: ex.received.headers.authorization } })));
  const err = await rejection<SobotApiError>(client(s, { validate: false }).extensions.create(ext as never));
  expect(err).toBeInstanceOf(SobotApiError);
  expect((err.envelope as { data: { password: string } }).data.password).toBe("[REDACTED]");
  expect(err.retMsg).toContain("[REDACTED]");
});

it("an HTML error page echoing the request is redacted in the body excerpt", async () => {
  const s = await serve((ex) => ex.text(500, `<html>${echo(ex)}</html>`, { "x-echo": String(ex.received.headers.authorization) }));
  const err = await rejection<SobotHttpError>(client(s, { validate: false, retry: false }).extensions.create(ext as never));
  expect(err).toBeInstanceOf(SobotHttpError);
  expect(err.bodyExcerpt).toContain("[REDACTED]");
  expect(err.headers["x-echo"]).toBe("[REDACTED]");
});

it("a token endpoint that echoes the sign and a 401 that echoes the token", async () => {
  server = await startFaultServer((ex) => ex.json(403, failure("403", `bad sign ${ex.received.body}`)));
  const err = await rejection<SobotAuthError>(client(server).agents.get({ agent: "1", agentType: 0 }));
  expect(err).toBeInstanceOf(SobotAuthError);
  await server.close();
  const s = await serve((ex) => ex.json(401, failure("401", `expired ${echo(ex)}`)));
  const err2 = await rejection<SobotAuthError>(client(s).agents.get({ agent: "1", agentType: 0 }));
  expect(err2).toBeInstanceOf(SobotAuthError);
});

it("network, timeout, abort and validation errors carry nothing secret either", async () => {
  const s = await serve((ex) => (ex.received.path.endsWith("_add") ? ex.reset() : ex.hang()));
  const sobot = client(s, { timeoutMs: 30 });
  await rejection(sobot.extensions.create({ ...ext, password: "73915824" } as never));
  await rejection(sobot.agents.get({ agent: "1", agentType: 0 }));
  await rejection(sobot.agents.get({ agent: "1", agentType: 0 }, { signal: AbortSignal.abort() }));
  const v = await rejection<SobotValidationError>(sobot.extensions.create(ext as never));
  expect(v).toBeInstanceOf(SobotValidationError);
});
