/**
 * Type-level plumbing: per-operation request/response types out of openapi-typescript's
 * `operations` interface, and facade names out of the operation table (`group` and x-sobot-sdk-method, both generated).
 * Everything here is erased at build time.
 */
import type { CallOptions } from './call.js';
import type { Paged, PageOptions } from './paging.js';
import type { OperationMeta } from './spec-types.js';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type IsNever<T> = [T] extends [never] ? true : false;

export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Exclude<Q, undefined> : never;
export type HeaderOf<O> = O extends { parameters: { header?: infer H } } ? Exclude<H, undefined> : never;
export type BodyOf<O> = O extends { requestBody?: infer RB } ? Json<NonNullable<RB>> : never;
type BodyRequired<O> = O extends { requestBody: object } ? true : false;
/** The whole 200 response body. */
export type ResponseOf<O> = O extends { responses: { 200: infer R } } ? Json<R> : unknown;
/** What a call resolves to: the envelope's `data`, or the whole body when it has none. */
export type DataOf<O> = ResponseOf<O> extends { data: infer D } ? D : ResponseOf<O>;

type HeaderInput<O> = {
  headers?: (IsNever<HeaderOf<O>> extends true ? unknown : { [K in keyof HeaderOf<O>]?: HeaderOf<O>[K] })
    & Record<string, string | number | undefined>;
};
type QueryInput<O> = IsNever<QueryOf<O>> extends true
  ? { query?: undefined }
  : IsNever<RequiredKeys<QueryOf<O>>> extends true ? { query?: QueryOf<O> } : { query: QueryOf<O> };
type BodyInput<O> = IsNever<BodyOf<O>> extends true
  ? { body?: undefined }
  : BodyRequired<O> extends true ? { body: BodyOf<O> } : { body?: BodyOf<O> };

/** `{ query, body, headers }` of one operation, required where the spec requires. */
export type CallInput<O> = QueryInput<O> & BodyInput<O> & HeaderInput<O>;
export type CallArgs<O> = IsNever<RequiredKeys<CallInput<O>>> extends true
  ? [input?: CallInput<O>, options?: CallOptions]
  : [input: CallInput<O>, options?: CallOptions];

// ---------- facade names ----------

type Table = Readonly<Record<string, OperationMeta>>;
/** The operations of one facade group (the table's `group`, a literal since the table is `as const`). */
type IdsOfGroup<M extends Table, G> = { [K in keyof M & string]: M[K]['group'] extends G ? K : never }[keyof M & string];

/** Facade method name: the spec's `x-sobot-sdk-method` (`sobot.<group>.<method>`). */
export type MethodName<M extends Table, Id extends keyof M & string> = M[Id]['sdkMethod'];

// ---------- facade methods ----------

type Primary<O> = IsNever<BodyOf<O>> extends true ? QueryOf<O> : BodyOf<O>;
type PrimaryRequired<O> = IsNever<BodyOf<O>> extends true
  ? IsNever<QueryOf<O>> extends true ? false : IsNever<RequiredKeys<QueryOf<O>>> extends true ? false : true
  : BodyRequired<O>;
/** Options of a facade method: call options plus the parts of the request that are not its argument. */
export type MethodOptions<O> = CallOptions & HeaderInput<O> & (IsNever<BodyOf<O>> extends true ? unknown : { query?: QueryOf<O> });

type PagingOf<Meta> = Meta extends { paging: infer P } ? P : null;
type PageKeys<Meta> = PagingOf<Meta> extends { pageParam?: infer PP; sizeParam?: infer SP } ? (PP & string) | (SP & string) : never;
type PageArg<O, Meta> = Primary<O> extends infer P
  ? P extends readonly unknown[] ? P : Omit<P, PageKeys<Meta>> & Partial<Pick<P, PageKeys<Meta> & keyof P>>
  : never;
type ItemsOf<T> = NonNullable<T> extends readonly (infer I)[] ? I : unknown;
export type ItemOf<O, Meta> = PagingOf<Meta> extends { shape: 'none' }
  ? ItemsOf<DataOf<O>>
  : PagingOf<Meta> extends { itemsField?: infer F }
    ? ItemsOf<NonNullable<DataOf<O>>[(string extends F ? 'list' : F) & keyof NonNullable<DataOf<O>>]>
    : unknown;

type PlainMethod<O> = PrimaryRequired<O> extends true
  ? (arg: Primary<O>, options?: MethodOptions<O>) => Promise<DataOf<O>>
  : (arg?: Primary<O>, options?: MethodOptions<O>) => Promise<DataOf<O>>;
type PagedMethod<O, Meta> = IsNever<RequiredKeys<PageArg<O, Meta>>> extends true
  ? (arg?: PageArg<O, Meta>, options?: MethodOptions<O> & PageOptions) => Paged<ItemOf<O, Meta>>
  : (arg: PageArg<O, Meta>, options?: MethodOptions<O> & PageOptions) => Paged<ItemOf<O, Meta>>;
export type FacadeMethod<O, Meta> = PagingOf<Meta> extends null ? PlainMethod<O> : PagedMethod<O, Meta>;

/** `sobot.<group>.<method>` for every operation of the table. */
export type Facade<M extends Table, O> = {
  [G in M[keyof M]['group']]: {
    [Id in IdsOfGroup<M, G> & keyof O as MethodName<M, Id>]: FacadeMethod<O[Id], M[Id]>;
  };
};
