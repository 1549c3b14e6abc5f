/**
 * A secured call on a client given neither credentials nor token fails before anything is sent,
 * with a SobotConfigError that names both options and the environment variables they usually
 * come from (issue 10). A loopback server counts what reaches it.
 */
import { describe, expect, it } from "vitest";
import { SobotConfigError, createSobotClient } from "../../src/index.js";
import { envelope } from "../support/fault-server.js";
import { rejection, useFaultServer } from "./harness.js";

const serve = useFaultServer();

function expectNamesTheFix(err: unknown) {
  expect(err).toBeInstanceOf(SobotConfigError);
  const { message } = err as SobotConfigError;
  for (const word of ["credentials", "token", "SOBOT_APP_ID", "SOBOT_APP_SECRET", "SOBOT_TOKEN", "nothing was sent"]) expect(message).toContain(word);
}

describe("no credentials, no token", () => {
  it("a facade call, `call`, paging and `raw` throw SobotConfigError and send no request", async () => {
    const s = await serve((ex) => ex.json(200, envelope({ list: [], total: 0 })));
    const sobot = createSobotClient({ baseUrl: s.url, retry: { maxRetries: 2, baseDelayMs: 1 } });
    const facade = await rejection(sobot.agents.get({ agent: "1111", agentType: 0 }));
    expectNamesTheFix(facade);
    expect(facade).toMatchObject({ operationId: "getAgentSetting", method: "GET", attempts: 0, mayHaveBeenApplied: false });
    expectNamesTheFix(await rejection(sobot.call("searchSkillGroups", { body: { currPage: 1, pageSize: 10 } })));
    expectNamesTheFix(await rejection(sobot.skillGroups.list().toArray()));
    expectNamesTheFix(await rejection(sobot.raw.GET("/callservice/v6/cc-config/api/agents", { params: { query: { agent: "1111", agentType: 0 } } })));
    expect(s.received).toHaveLength(0);
  });

  it("an operation that needs no token (the token endpoint itself) is still sent", async () => {
    const s = await serve((ex) => ex.json(200, { response_type: "token", access_token: "opaque-token-value" }));
    const sobot = createSobotClient({ baseUrl: s.url });
    const body = { responseType: "token" as const, appId: "a", currentTime: Date.now(), sign: "0".repeat(32) };
    await expect(sobot.call("createCompanyToken", { body })).resolves.toMatchObject({ access_token: "opaque-token-value" });
    expect(s.received).toHaveLength(1);
    expect(s.received[0]!.headers.authorization).toBeUndefined();
  });
});
