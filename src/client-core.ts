/**
 * The spec-independent client: one openapi-fetch client, Sobot's pieces composed around it, and
 * the facade, `call`, `paginate` and `raw` bound to an operation table.
 */
import type { Client, Middleware } from 'openapi-fetch';
import { attempt } from './attempt.js';
import { AttemptTimeouts } from './attempt-timeouts.js';
import { authorizing } from './auth/authorizing.js';
import { COMPANY_TOKEN_PATH, companyTokenSign } from './auth/company-token.js';
import { lazySource, staticToken, type TokenSource } from './auth/token-source.js';
import { executeCall, type Caller, type CallInputRuntime, type CallOptions } from './call.js';
import { createLogger, lazyLogging } from './debug.js';
import { SobotConfigError } from './errors.js';
import { buildFacade, pagedMethod } from './facade.js';
import { checkBaseUrl } from './base-url.js';
import { createHttpClient } from './http-client.js';
import { lazy } from './lazy.js';
import type { Paged, PageOptions } from './paging.js';
import { Secrets } from './secrets.js';
import { requestDefaults } from './request-defaults.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './response-size.js';
import type { RetryOptions } from './retry/policy.js';
import { retrying } from './retry/retrying.js';
import type { OperationMeta } from './spec-types.js';
import type { CallArgs, CallInput, DataOf, Facade, ItemOf, MethodOptions } from './typing.js';
import type { ValidateRequest, ValidationBundle } from './validate.js';
import { validating } from './validating.js';

export interface SobotClientOptions {
  /** e.g. `https://sg.sobot.io`; https required except for loopback hosts */
  baseUrl: string;
  /** app credentials: the client fetches, caches and refreshes the company token */
  credentials?: { appId: string; appSecret: string };
  /** a fixed token, or a function returning one (called for every request and after a 401) */
  token?: string | (() => Promise<string> | string);
  /** default `timezoneid` header for operations that declare it (default `Asia/Singapore`) */
  timezoneId?: string;
  /** default `language` header for operations that declare it (default `en`) */
  language?: string;
  /** retry settings (default: 2 retries), or false */
  retry?: RetryOptions | false;
  /** per-attempt timeout in ms (default 30000); it also bounds a body that arrives slowly */
  timeoutMs?: number;
  /**
   * largest response body read, in bytes, after decoding (default 16 MiB); a larger one fails the
   * call with a SobotHttpError naming this option, its body cancelled. `Infinity` turns it off.
   */
  maxResponseBytes?: number;
  /**
   * fetch implementation handed to openapi-fetch (e.g. `requestTransport()` from `sobot-cc/undici`);
   * it gets the Request only, whose `signal` is the attempt's (timeout, your abort)
   */
  fetch?: (input: Request) => Promise<Response>;
  /** how the token goes into Authorization: bare (default, per the vendor docs) or `Bearer <token>` */
  authScheme?: 'bare' | 'bearer';
  /** company-token lifetime to assume when the JWT carries no iat/exp (default 1 h) */
  tokenLifetimeMs?: number;
  /** validate requests against the spec before sending (default true) */
  validate?: boolean;
  /** allow plain http to a non-loopback host */
  allowInsecureHttp?: boolean;
  /** debug lines (secrets redacted): true → console.error, or your own sink */
  debug?: boolean | ((line: string) => void);
  /** injectable time (tests) */
  clock?: { now?: () => number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> };
  /** Idempotency-Key generator (default crypto.randomUUID) */
  idempotencyKey?: () => string;
}

export interface CoreExtras {
  /** lazy loader of the generated validators + cross-field rules */
  loadValidation?: () => Promise<ValidationBundle>;
}

type Table = Readonly<Record<string, OperationMeta>>;
type Ids<M extends Table, O> = keyof M & keyof O & string;
type PagedIds<M extends Table> = { [K in keyof M & string]: M[K]['paging'] extends null ? never : K }[keyof M & string];

export interface SobotClientBase<M extends Table, O, P extends {}> {
  /** The one generic entry point; the facade and the CLI use it. */
  call<Id extends Ids<M, O>>(operationId: Id, ...args: CallArgs<O[Id]>): Promise<DataOf<O[Id]>>;
  /** Async iteration over every item of a paged operation. */
  paginate<Id extends PagedIds<M> & Ids<M, O>>(
    operationId: Id, input?: Partial<CallInput<O[Id]>>, options?: CallOptions & PageOptions,
  ): Paged<ItemOf<O[Id], M[Id]>>;
  /** The openapi-fetch client every call goes through (default headers, Idempotency-Key and Authorization filled in where absent; no envelope handling or retries). */
  raw: Client<P>;
  /** Adds openapi-fetch middleware: it runs on every attempt of `call`, the facade, paging and `raw`, and sees the request as sent. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  /** The operation table the client was built from. */
  operations: M;
}

export type SobotClientCore<M extends Table, O, P extends {}> = SobotClientBase<M, O, P> & Facade<M, O>;

type Run = (op: OperationMeta, input: CallInputRuntime, o: CallOptions) => Promise<unknown>;

function tokenSourceFor(o: SobotClientOptions, redactor: Secrets, log: ((line: string) => void) | undefined, tokenOp: OperationMeta | undefined, call: () => Run, now: () => number): TokenSource | undefined {
  if (o.credentials && o.token !== undefined) throw new SobotConfigError('give either credentials or token, not both');
  if (typeof o.token === 'string') return staticToken(o.token, redactor);
  const load = () => import('./auth/fetching-sources.js');
  const provider = o.token;
  if (typeof provider === 'function') return lazySource(() => load().then((m) => m.providerToken(provider, redactor)));
  if (!o.credentials) return undefined;
  const { appId, appSecret } = o.credentials;
  if (!appId || !appSecret) throw new SobotConfigError('credentials need appId and appSecret');
  if (!tokenOp) throw new SobotConfigError(`credentials need the token operation (POST ${COMPANY_TOKEN_PATH}) in the operation table`);
  // scrubbed from the start, though the source that uses it loads with the first request
  redactor.add(appSecret);
  return lazySource(() => load().then((m) => m.companyToken({
    appId, appSecret, sign: companyTokenSign, now, redactor, log,
    fallbackLifetimeMs: o.tokenLifetimeMs ?? 3_600_000,
    // shared by every caller, so no caller's signal; the spec marks it x-sobot-safe, so it retries like a read
    request: (body) => call()(tokenOp, { body }, { validate: false }),
  })));
}

/** Request validation is validation code too: ./validate.js loads with the first validated call, like the validators. */
function lazyValidator(load: () => Promise<ValidationBundle>): ValidateRequest {
  const validator = lazy(() => import('./validate.js').then((m) => m.createValidator(load)));
  return (operationId, req) => validator.value?.(operationId, req) ?? validator.load().then((v) => v(operationId, req));
}

function maxResponseBytes(v: number | undefined): number {
  if (v === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (v === Infinity || (Number.isSafeInteger(v) && v > 0)) return v;
  throw new SobotConfigError(`maxResponseBytes must be a positive integer number of bytes or Infinity (got ${String(v)})`);
}

export function createClientCore<M extends Table, O, P extends {}>(
  table: M, options: SobotClientOptions, extras: CoreExtras = {},
): SobotClientCore<M, O, P> {
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp).replace(/\/+$/, '');
  const redactor = new Secrets();
  const now = options.clock?.now ?? Date.now;
  const log = createLogger(options.debug, redactor);
  const ops = Object.values(table);
  const tokenOp = ops.find((op) => op.path === COMPANY_TOKEN_PATH);
  const tokens = tokenSourceFor(options, redactor, log, tokenOp, () => run, now);
  const auth = { tokens, authScheme: options.authScheme ?? 'bare', log } as const;
  const defaultHeaders = { timezoneid: options.timezoneId ?? 'Asia/Singapore', language: options.language ?? 'en' };
  const newKey = options.idempotencyKey ?? (() => globalThis.crypto.randomUUID());

  const { client, sendWithSignal } = createHttpClient(baseUrl, options.fetch, maxResponseBytes(options.maxResponseBytes));
  client.use(requestDefaults({ ...auth, ops, defaultHeaders, newKey, redactor, tokenPath: COMPANY_TOKEN_PATH }));

  // outermost first: validate once, retry, authorize each attempt, log it, send it
  const pipeline = validating(
    retrying(
      authorizing(lazyLogging(attempt({ client, sendWithSignal, now, timeoutMs: options.timeoutMs ?? 30_000, timeouts: new AttemptTimeouts() }), log, redactor), auth),
      // backoff sleeps come only with retries: the timer code loads with the first
      { retry: options.retry, now, redactor, log, sleep: options.clock?.sleep ?? ((ms, signal) => import('./retry/sleep.js').then((m) => m.sleep(ms, signal))) },
    ),
    options.validate !== false && extras.loadValidation ? lazyValidator(extras.loadValidation) : undefined,
  );
  const caller: Caller = { run: pipeline, redactor, log, newKey, defaultHeaders };
  const run: Run = (op, input, o) => executeCall(caller, op, input, o, op.path === COMPANY_TOKEN_PATH ? 'bare' : 'envelope');
  const opById = (id: string): OperationMeta => {
    const op = table[id];
    if (!op) throw new SobotConfigError(`unknown operationId: ${id}`);
    return op;
  };

  const base: SobotClientBase<M, O, P> = {
    call: (async (id: string, input?: CallInputRuntime, o?: CallOptions) => run(opById(id), input ?? {}, o ?? {})) as never,
    paginate: ((id: string, input: CallInputRuntime = {}, o: CallOptions & PageOptions = {}) => {
      const op = opById(id);
      if (!op.paging) throw new SobotConfigError(`${id} is not a paged operation`);
      return pagedMethod(op, run)(input, o);
    }) as never,
    raw: client as unknown as Client<P>,
    use: (...m) => client.use(...m),
    eject: (...m) => client.eject(...m),
    operations: table,
  };
  return Object.assign(buildFacade(table, run), base) as unknown as SobotClientCore<M, O, P>;
}

export type { MethodOptions };
