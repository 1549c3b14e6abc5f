/** What a per-operation handler is given: the state, the checked request and the clock. */
import type { SimState } from './state.js';
import type { SimOperation } from './router.js';
import type { ValidationIssue } from '../errors.js';

export interface SimContext {
  op: SimOperation;
  state: SimState;
  body: unknown;
  query: Record<string, unknown>;
  /** the contract's header parameters, under their spec spelling */
  headers: Record<string, string>;
  /** `timezoneid`, Asia/Singapore when absent (the spec's default) */
  timeZone: string;
  /** `language`, en when absent */
  language: string;
  now: number;
  /** how long an import chunk takes to show in the import results */
  settleMs: number;
  /** the simulator's own base URL, for links it hands out (error reports) */
  baseUrl: string;
  /** for operations that report invalid rows one by one: the contract's issues of each row */
  rowIssues?: ValidationIssue[];
}

/** A handler's answer: the envelope's `kind` and `data`, or a whole body (the token operation). */
export type SimResult = { kind: string; data: unknown; message?: string } | { raw: Record<string, unknown> };

export type Handler = (ctx: SimContext) => SimResult;
