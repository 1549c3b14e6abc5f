// Types of ./index.js (plain JS so that Spectral can load it).
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export declare const HTTP_METHODS: readonly HttpMethod[];

export declare function isObject(value: unknown): value is JsonObject;
export declare function isRef(node: unknown): node is { $ref: string };
export { decodePointerSegment, encodePointerSegment, pointerSegments } from './pointer.js';
export declare function atPointer(root: unknown, pointer: string, options?: { uriFragment?: boolean }): Json | undefined;
export declare function resolveLocalRef(root: unknown, ref: string): Json | undefined;
export declare function followRefs(root: unknown, node: unknown): { node: Json | undefined; chain: string[] };
export declare function deref(root: unknown, node: unknown): Json | undefined;
export declare function derefStrict(root: unknown, node: unknown): Json | undefined;

export interface SpecOperation {
  /** undefined when the operation has none (lint reports it; build tools refuse it) */
  operationId: string | undefined;
  method: HttpMethod;
  /** the URL template, a key of `paths` */
  pathKey: string;
  pathItem: JsonObject;
  operation: JsonObject;
  /** JSON path of the operation object: ['paths', pathKey, method] */
  path: [string, string, HttpMethod];
}
export declare function listOperations(root: unknown): SpecOperation[];
export declare function findOperation(root: unknown, method: string, pathKey: string): SpecOperation | undefined;
export declare function operationVerb(operationId: unknown): string;

export interface EffectiveParameter {
  /** the parameter dereferenced; undefined when its $ref cannot be followed */
  parameter: JsonObject | undefined;
  /** as written (maybe a $ref) */
  raw: Json;
  /** JSON path of `raw` */
  path: (string | number)[];
}
export declare function effectiveParameters(
  root: unknown,
  op: { pathItem: JsonObject; operation: JsonObject; path: readonly (string | number)[] },
): EffectiveParameter[];
export declare function findHeader(
  root: unknown,
  op: { pathItem: JsonObject; operation: JsonObject; path: readonly (string | number)[] },
  name: string,
): EffectiveParameter | undefined;

export declare function mergeAllOf(root: unknown, node: unknown): JsonObject;
export declare function mergedProperties(root: unknown, node: unknown): Record<string, Json | undefined>;
