/**
 * `npm start`: serves the contract with Prism on a free loopback port and sends each operation's
 * first request example to it, printing what came back. Exits 0 when every call answered 2xx.
 */
import createClient from "openapi-fetch";
import type { paths } from "../generated/types.js";
import { operations, operationIds } from "../generated/operations.js";
import { examples } from "../generated/examples.js";
import { startPrism } from "./prism.js";

const prism = await startPrism();
console.log(`Prism mock of openapi.yaml listening on ${prism.url}`);
const client = createClient<paths>({ baseUrl: prism.url });
let failures = 0;
try {
  for (const id of operationIds) {
    const op = operations[id];
    const ex = examples[id];
    const send = (client as unknown as Record<string, (p: string, init: object) => Promise<{ response: Response; data?: { kind?: string } }>>)[op.method.toUpperCase()];
    const { response, data } = await send(op.path, {
      params: { query: ex.query, header: ex.headers },
      body: Object.values(ex.body)[0],
      headers: op.security ? { Authorization: "mock-token" } : {},
    });
    if (!response.ok) failures++;
    console.log(`${response.ok ? "ok " : "ERR"} ${response.status} ${op.method.toUpperCase().padEnd(6)} ${op.path}  (${op.tag}: ${op.summary})${data?.kind ? `  kind=${data.kind}` : ""}`);
  }
  console.log(`\nThe mock stops now. To keep one running: npm run mock, then\n  curl -s -H 'Authorization: mock-token' 'http://127.0.0.1:4010${operations.getAgentSetting.path}?agent=1111&agentType=0'`);
} finally {
  await prism.stop();
}
process.exit(failures ? 1 : 0);
