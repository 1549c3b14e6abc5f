/**
 * Ids as the vendor shapes them (32 hex digits; task codes of 10 lowercase letters and digits),
 * derived from a counter kept in the state: the same requests in the same order give the same
 * ids, so tests can compare exports and a saved state keeps counting where it stopped.
 */
import { createHash } from 'node:crypto';
import type { SimState } from './state.js';

export function nextHexId(state: SimState, kind: string): string {
  state.seq++;
  return createHash('md5').update(`sobot-cc-sim/${kind}/${state.seq}`).digest('hex');
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function nextCode(state: SimState, kind: string): string {
  const hex = nextHexId(state, kind);
  let out = '';
  for (let i = 0; i < 10; i++) out += ALNUM[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % ALNUM.length];
  return out;
}
