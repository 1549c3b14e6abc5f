/**
 * `sobot-cc/undici`: an opt-in transport for the client's `fetch` option, measured cheaper in CPU
 * per call than Node's global fetch (bench/RESULTS.md). Needs the optional peer dependency
 * `undici` (7.x), loaded on first use.
 *
 *   import { requestTransport } from "sobot-cc/undici";
 *   const sobot = createSobotClient({ baseUrl, credentials, fetch: await requestTransport() });
 *
 * `requestTransport()`: a fetch-compatible function over undici 7's `request`. It keeps the
 * fetch behaviours a Sobot client can observe: the caller's AbortSignal, the request's `redirect`
 * mode (a Sobot client sends "manual": the 3xx comes back as it is; "follow" follows up to 20, as
 * fetch does; "error" fails), gzip/deflate/br bodies decoded (Accept-Encoding sent, and
 * Content-Encoding left on the response, as fetch does), a real `Response`, multi-valued
 * headers, and a body that fails at `text()` — after the status is known — when the connection
 * dies mid-body, as with fetch. The body is read whole before the Response is handed over
 * (sobot-cc reads every body whole anyway; a streamed web body costs ~30 % more CPU per call
 * on Node 20) — but never more than the client's maxResponseBytes (it rides on the Request), so a
 * body too large is cut there and the client refuses it. bench/cases/transport-check.ts compares it
 * with fetch case by case. It skips fetch's per-request machinery: the spec-level Request
 * re-construction, the proxy stream around a Request body, CORS/mode bookkeeping.
 */
import { Readable, pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Agent, Dispatcher } from 'undici';

// loaded on first use, so importing this module alone never loads undici
const undici = () => import('undici');

export interface RequestTransportOptions {
  dispatcher?: Dispatcher;
  /** redirects to follow for a request whose `redirect` is "follow" (default 20, as fetch) */
  maxRedirections?: number;
  /** bytes to buffer at most when the request carries no limit of a Sobot client (default 16 MiB) */
  maxResponseBytes?: number;
}

/** read from the Request, where a Sobot client puts its maxResponseBytes (src/response-size.ts) */
const MAX_RESPONSE_BYTES = Symbol.for('sobot-cc.maxResponseBytes');

export async function keepAliveAgent(): Promise<Agent> {
  const { Agent: A } = await undici();
  return new A({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000, pipelining: 1 });
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress,
};

/** The body as fetch would hand it over: decoded per Content-Encoding (outermost last), errors passed on. */
function decoded(body: Readable, encoding: string | string[] | undefined): Readable {
  const codings = String(encoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter(Boolean).reverse();
  if (codings.length === 0 || !codings.every((c) => c in DECODERS)) return body;
  const stages = codings.map((c) => DECODERS[c]());
  return pipeline([body, ...stages] as unknown as [Readable, NodeJS.ReadWriteStream], () => {}) as unknown as Readable;
}

/**
 * The body, up to `limit` + 1 bytes: one byte past the limit tells the client's own count
 * (src/response-size.ts) that the body was over it, and nothing more is held.
 */
async function collect(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const c of stream) {
    chunks.push(c as Buffer);
    seen += (c as Buffer).length;
    if (seen > limit) {
      stream.destroy();
      return Buffer.concat(chunks).subarray(0, limit + 1);
    }
  }
  return Buffer.concat(chunks);
}

export async function requestTransport(o: RequestTransportOptions = {}): Promise<(input: Request) => Promise<Response>> {
  const { interceptors, request } = await undici();
  const direct = o.dispatcher ?? await keepAliveAgent();
  const following = direct.compose(interceptors.redirect({ maxRedirections: o.maxRedirections ?? 20 }));
  return async (req) => {
    const limit = (req as unknown as Record<symbol, number | undefined>)[MAX_RESPONSE_BYTES] ?? o.maxResponseBytes ?? 16 * 1024 * 1024;
    const body = req.body === null ? undefined : Buffer.from(await req.arrayBuffer());
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' };
    req.headers.forEach((v, k) => {
      headers[k] = v;
    });
    const res = await request(req.url, {
      method: req.method as Dispatcher.HttpMethod,
      headers,
      body,
      signal: req.signal,
      dispatcher: req.redirect === 'follow' ? following : direct,
    });
    if (req.redirect === 'error' && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location !== undefined) {
      res.body.resume();
      throw new TypeError(`fetch failed: redirect mode is "error" (HTTP ${res.statusCode})`);
    }
    const h = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (Array.isArray(v)) for (const x of v) h.append(k, x);
      else if (v !== undefined) h.set(k, v);
    }
    if (NULL_BODY.has(res.statusCode) || req.method === 'HEAD') {
      res.body.resume();
      return new Response(null, { status: res.statusCode, headers: h });
    }
    let buf: ArrayBuffer | Buffer;
    try {
      const enc = res.headers['content-encoding'];
      const declared = Number(res.headers['content-length']);
      if (enc === undefined && declared > limit) {
        // the client refuses it by its Content-Length: nothing of the body is read
        res.body.destroy();
        return new Response(new Uint8Array(0), { status: res.statusCode, headers: h });
      }
      buf = await collect(enc === undefined ? res.body : decoded(res.body, enc), limit);
    } catch (err) {
      // as with fetch: the status and headers arrived, reading the body fails
      return new Response(new ReadableStream({ start: (c) => c.error(err) }), { status: res.statusCode, headers: h });
    }
    return new Response(buf as BodyInit, { status: res.statusCode, headers: h });
  };
}

/** Node's global fetch with an undici 7 keep-alive Agent as its dispatcher. */
