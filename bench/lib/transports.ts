/** Transports compared in the per-call bench: the shipped `sobot-cc/undici` one, and a tuned Agent under global fetch. */
import type { Dispatcher } from 'undici';
import { keepAliveAgent } from '../../src/transports/undici.js';

export { keepAliveAgent, requestTransport, type RequestTransportOptions } from '../../src/transports/undici.js';

export async function agentFetch(agent?: Dispatcher): Promise<(input: Request) => Promise<Response>> {
  const dispatcher = agent ?? await keepAliveAgent();
  return (req) => fetch(req, { dispatcher } as RequestInit);
}
