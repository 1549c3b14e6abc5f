/**
 * Loopback server of edge cases, for checking that a custom transport behaves like fetch:
 *   /ok /echo /redirect /gzip /204 /500 /multi /slow /cut (headers, then the socket dies mid-body)
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { serve } from './common.js';

const ok = Buffer.from(JSON.stringify({ status: 'Success', retCode: '000000', data: { hello: 'world' } }));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    // `x-scenario: cut` picks a case whatever the path (so an SDK call to any operation can reach it)
    const scenario = req.headers['x-scenario'];
    const url = new URL(req.url ?? '/', 'http://x');
    const path = typeof scenario === 'string' && !url.searchParams.has('final') ? `/${scenario}` : url.pathname;
    switch (path) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': ok.length }).end(ok);
        return;
      case '/echo': {
        const body = Buffer.from(JSON.stringify({
          method: req.method, url: req.url, body: Buffer.concat(chunks).toString('utf8'),
          headers: Object.fromEntries(['content-type', 'authorization', 'idempotency-key', 'x-custom', 'timezoneid'].map((h) => [h, req.headers[h] ?? null])),
        }));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
        return;
      }
      case '/redirect':
        res.writeHead(302, { location: '/ok', 'content-length': 0 }).end();
        return;
      case '/see-other':
        // a redirect for the SDK's POST: 303 turns it into GET /ok
        res.writeHead(303, { location: '/ok?final', 'content-length': 0 }).end();
        return;
      case '/gzip': {
        const z = gzipSync(ok);
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': z.length }).end(z);
        return;
      }
      case '/204':
        res.writeHead(204).end();
        return;
      case '/500': {
        const b = Buffer.from('{"status":"Failed","retCode":"500","retMsg":"boom"}');
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': b.length, 'retry-after': '1' }).end(b);
        return;
      }
      case '/multi':
        res.setHeader('x-multi', ['a', 'b']);
        res.setHeader('set-cookie', ['s=1; Path=/', 't=2; Path=/']);
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 }).end('ok');
        return;
      case '/slow':
        setTimeout(() => { if (!res.destroyed) res.writeHead(200, { 'content-length': 2 }).end('ok'); }, 2_000);
        return;
      case '/cut':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
        res.write('{"status":"Suc');
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      default:
        res.writeHead(404, { 'content-length': 0 }).end();
    }
  });
});
serve(server);
