/** Shared bits of the bench servers: token issuing, bounded lifetime, loopback only. */
import type { Server } from 'node:http';

export const TOKEN_PATH = '/tokens/company';

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A JWT-shaped token valid for a day (the client caches it; signature is not checked). */
export function tokenBody(): Buffer {
  const iat = Math.floor(Date.now() / 1000);
  const token = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iat, exp: iat + 86_400, sub: 'bench' })}.YmVuY2g`;
  return Buffer.from(JSON.stringify({ access_token: token, token_type: 'bearer', expires_in: 86_400 }));
}

/** Integer flag `--name value` from argv, or the default. */
export function argNum(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

export function argStr(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? String(process.argv[i + 1]) : dflt;
}

/**
 * Listens on 127.0.0.1 only, announces `LISTENING <port>` on stdout, exits when stdin closes
 * (the bench is done or gone) or after `maxLifetimeMs` at the latest.
 */
export function serve(server: Server, maxLifetimeMs = 30 * 60_000): void {
  // long keep-alive so idle clients between rounds never see a server-side close
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  server.requestTimeout = 0;
  server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    if (!addr || typeof addr === 'string') throw new Error('no port');
    process.stdout.write(`LISTENING ${addr.port}\n`);
  });
  const stop = () => {
    server.closeAllConnections?.();
    server.close();
    process.exit(0);
  };
  setTimeout(stop, maxLifetimeMs).unref();
  process.stdin.on('end', stop);
  process.stdin.on('data', () => {});
  process.stdin.resume();
}
