/**
 * Child process of response-memory.test.ts: a warm-up call, then one against a URL that answers
 * with a 100 MB body, under the given maxResponseBytes; prints the RSS before the call and the peak after, so
 * the parent measures what the body cost without its own heap in the way.
 *   node --import tsx test/sdk/hostile-rss-child.ts <url> <maxResponseBytes|Infinity>
 */
import { createSobotClient } from "../../src/index.js";

const [url, limit] = process.argv.slice(2);
const sobot = createSobotClient({ baseUrl: url!, token: "rss-child-token", retry: false, validate: false, maxResponseBytes: Number(limit) });
// the first answer is small: fetch's own code loads with it, before the baseline is taken
await sobot.agents.get({ agent: "1111", agentType: 0 } as never);
const before = process.memoryUsage().rss;
let outcome = "resolved";
try {
  await sobot.agents.get({ agent: "1111", agentType: 0 } as never);
} catch (e) {
  outcome = `${(e as Error).name}: ${(e as Error).message.slice(0, 160)}`;
}
// resourceUsage().maxRSS is in KiB
process.stdout.write(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024, outcome }));
