/**
 * Loopback server for the per-call benchmark: every request gets the same fixed Sobot
 * envelope (the seed response of getCallingListImportResults), `/tokens/company` a token.
 * No latency, no parsing beyond draining the body: the cheapest server node:http allows,
 * so what the client spends shows.
 *
 *   node --import tsx bench/servers/envelope.ts     → prints `LISTENING <port>`
 */
import { createServer } from 'node:http';
import { examples } from '../../generated/examples.js';
import { TOKEN_PATH, serve, tokenBody } from './common.js';

const envelope = Buffer.from(JSON.stringify(examples.getCallingListImportResults.response.seed));
const token = tokenBody();
let requests = 0;
const cpu0 = process.cpuUsage();

const server = createServer((req, res) => {
  if (req.url === '/__stats') {
    const c = process.cpuUsage(cpu0);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ requests, cpuUs: c.user + c.system }));
    return;
  }
  requests++;
  req.on('data', () => {});
  req.on('end', () => {
    const body = req.url === TOKEN_PATH ? token : envelope;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
});
serve(server);
