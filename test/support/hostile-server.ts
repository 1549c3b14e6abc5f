/**
 * Hostile answers for the fault server's exchanges (./fault-server.ts): bodies too large to
 * hold, bodies that never end, bodies that trickle, each reporting how much it actually wrote,
 * so a test can show the client stopped reading rather than that it merely failed at the end.
 */
import type { ServerResponse } from "node:http";

export interface Streamed {
  /** bytes written to the socket so far */
  written: number;
  /** resolves when the server stopped writing: the body ended, or the client went away */
  done: Promise<"ended" | "closed">;
}

const CHUNK = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON whitespace, never a complete document

/**
 * A body of `total` bytes (Infinity: never ends), written as fast as the client reads it.
 * `declare`: send Content-Length (a finite total only); otherwise chunked.
 */
export function streamBody(res: ServerResponse, status: number, total: number, declare = false, headers: Record<string, string> = {}): Streamed {
  const out: Streamed = { written: 0, done: undefined as never };
  res.writeHead(status, { "content-type": "application/json", ...(declare ? { "content-length": String(total) } : {}), ...headers });
  out.done = new Promise((resolve) => {
    res.on("close", () => resolve(res.writableEnded ? "ended" : "closed"));
    const pump = () => {
      while (out.written < total && !res.destroyed) {
        const chunk = total - out.written < CHUNK.length ? CHUNK.subarray(0, total - out.written) : CHUNK;
        out.written += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
  return out;
}

/** `body` one byte every `intervalMs`, with its Content-Length announced. */
export function trickleBody(res: ServerResponse, status: number, body: string, intervalMs: number): Streamed {
  const bytes = Buffer.from(body);
  const out: Streamed = { written: 0, done: undefined as never };
  res.writeHead(status, { "content-type": "application/json", "content-length": String(bytes.length) });
  out.done = new Promise((resolve) => {
    const timer = setInterval(() => {
      if (res.destroyed) return;
      res.write(bytes.subarray(out.written, out.written + 1));
      if (++out.written === bytes.length) { clearInterval(timer); res.end(); }
    }, intervalMs);
    res.on("close", () => { clearInterval(timer); resolve(res.writableEnded ? "ended" : "closed"); });
  });
  return out;
}
