/** The spec-independent client: binds an operation table to the call pipeline, facade and raw client. */
import type { Client, Middleware } from 'openapi-fetch';
import { executeCall, type CallContext, type CallInputRuntime, type CallOptions } from './call.js';
import { COMPANY_TOKEN_PATH, companyTokenSign } from './auth/company-token.js';
import { lazySource, staticToken, type TokenSource } from './auth/token-source.js';
import { createLogger } from './debug.js';
import { SobotConfigError } from './errors.js';
import { buildFacade, pagedMethod } from './facade.js';
import type { Paged, PageOptions } from './paging.js';
import type { RawRequestParts } from './raw-request.js';
import { lazy } from './lazy.js';
import { Redactor } from './redact.js';
import type { RetryOptions } from './retry/policy.js';
import { buildHeaders, checkBaseUrl, createRawClient } from './transport.js';
import type { OperationMeta, OperationTable } from './spec-types.js';
import type { CallArgs, CallInput, DataOf, Facade, ItemOf, MethodOptions } from './typing.js';
import type { ValidateRequest, ValidationBundle } from './validate.js';

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
  /** per-attempt timeout in ms (default 30000) */
  timeoutMs?: number;
  /** fetch implementation handed to openapi-fetch */
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
  /** openapi-fetch client (auth and default headers applied; no envelope handling or retries). */
  raw: Client<P>;
  /** Adds openapi-fetch middleware (seen by `call`, the facade and `raw`). */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
  /** The operation table the client was built from. */
  operations: M;
}

export type SobotClientCore<M extends Table, O, P extends {}> = SobotClientBase<M, O, P> & Facade<M, O>;

function tokenSourceFor(o: SobotClientOptions, ctx: CallContext, tokenOp: OperationMeta | undefined, now: () => number): TokenSource | undefined {
  if (o.credentials && o.token !== undefined) throw new SobotConfigError('give either credentials or token, not both');
  if (typeof o.token === 'string') return staticToken(o.token, ctx.redactor);
  const load = () => import('./auth/fetching-sources.js');
  const provider = o.token;
  if (typeof provider === 'function') return lazySource(() => load().then((m) => m.providerToken(provider, ctx.redactor)));
  if (!o.credentials) return undefined;
  const { appId, appSecret } = o.credentials;
  if (!appId || !appSecret) throw new SobotConfigError('credentials need appId and appSecret');
  if (!tokenOp) throw new SobotConfigError(`credentials need the token operation (POST ${COMPANY_TOKEN_PATH}) in the operation table`);
  // scrubbed from the start, though the source that uses it loads with the first request
  ctx.redactor.add(appSecret);
  return lazySource(() => load().then((m) => m.companyToken({
    appId, appSecret, sign: companyTokenSign, now, redactor: ctx.redactor, log: ctx.log,
    fallbackLifetimeMs: o.tokenLifetimeMs ?? 3_600_000,
    // shared by every caller, so no caller's signal; the spec marks it x-sobot-safe, so it retries like a read
    request: (body) => executeCall(ctx, tokenOp, { body }, { validate: false }, 'bare'),
  })));
}

/** Request validation is validation code too: ./validate.js loads with the first validated call, like the validators. */
function lazyValidator(load: () => Promise<ValidationBundle>): ValidateRequest {
  const validator = lazy(() => import('./validate.js').then((m) => m.createValidator(load)));
  return (operationId, req) => validator.value?.(operationId, req) ?? validator.load().then((v) => v(operationId, req));
}

export function createClientCore<M extends Table, O, P extends {}>(
  table: M, options: SobotClientOptions, extras: CoreExtras = {},
): SobotClientCore<M, O, P> {
  const baseUrl = checkBaseUrl(options.baseUrl, options.allowInsecureHttp).replace(/\/+$/, '');
  const redactor = new Redactor();
  const now = options.clock?.now ?? Date.now;
  const raw = createRawClient({ baseUrl, fetch: options.fetch });
  // middleware the caller registered with use(); while there is none, calls skip openapi-fetch
  const userMiddleware = new Set<Middleware>();
  const ctx: CallContext = {
    raw, redactor, now,
    direct: options.fetch ? undefined : { baseUrl, active: () => userMiddleware.size === 0 },
    log: createLogger(options.debug, redactor),
    // backoff sleeps come only with retries: the timer code loads with the first
    sleep: options.clock?.sleep ?? ((ms, signal) => import('./retry/sleep.js').then((m) => m.sleep(ms, signal))),
    newKey: options.idempotencyKey ?? (() => globalThis.crypto.randomUUID()),
    retry: options.retry,
    timeoutMs: options.timeoutMs ?? 30_000,
    defaultHeaders: { timezoneid: options.timezoneId ?? 'Asia/Singapore', language: options.language ?? 'en' },
    authScheme: options.authScheme ?? 'bare',
    validate: options.validate !== false && extras.loadValidation ? lazyValidator(extras.loadValidation) : undefined,
  };
  const ops = Object.values(table);
  const tokenOp = ops.find((op) => op.path === COMPANY_TOKEN_PATH);
  ctx.tokens = tokenSourceFor(options, ctx, tokenOp, now);

  const call = (op: OperationMeta, input: CallInputRuntime, o: CallOptions) =>
    executeCall(ctx, op, input, o, op.path === COMPANY_TOKEN_PATH ? 'bare' : 'envelope');
  const opById = (id: string): OperationMeta => {
    const op = table[id];
    if (!op) throw new SobotConfigError(`unknown operationId: ${id}`);
    return op;
  };

  // raw requests get the same Authorization and default headers as `call`; loaded with the first one
  const rawParts: RawRequestParts = { ctx, ops, buildHeaders, tokenPath: COMPANY_TOKEN_PATH };
  raw.use({ onRequest: async (params) => (await import('./raw-request.js')).prepareRawRequest(params, rawParts) });

  const base: SobotClientBase<M, O, P> = {
    call: (async (id: string, input?: CallInputRuntime, o?: CallOptions) => call(opById(id), input ?? {}, o ?? {})) as never,
    paginate: ((id: string, input: CallInputRuntime = {}, o: CallOptions & PageOptions = {}) => {
      const op = opById(id);
      if (!op.paging) throw new SobotConfigError(`${id} is not a paged operation`);
      return pagedMethod(op, call)(op.requestBody ? input.body : input.query, { ...o, headers: input.headers, query: op.requestBody ? input.query : undefined });
    }) as never,
    raw: raw as unknown as Client<P>,
    use: (...m) => {
      for (const x of m) userMiddleware.add(x);
      raw.use(...m);
    },
    eject: (...m) => {
      for (const x of m) userMiddleware.delete(x);
      raw.eject(...m);
    },
    operations: table,
  };
  return Object.assign(buildFacade(table, call), base) as unknown as SobotClientCore<M, O, P>;
}

export type { MethodOptions };
