/** The headers of one call: the client's defaults for the header parameters an operation declares, the caller's, the Idempotency-Key. */
import type { OperationMeta } from './spec-types.js';

export interface DefaultHeaders {
  timezoneid?: string;
  language?: string;
}

/** Declared header parameter name for `name` (case-insensitive), if the operation declares it. */
export function declaredHeader(op: OperationMeta, name: string): string | undefined {
  const lower = name.toLowerCase();
  return op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === lower)?.name;
}

// per client (its defaults object) and operation: both are fixed, and the lookups by name ran on
// every call before
const defaultsCache = new WeakMap<DefaultHeaders, Map<OperationMeta, Readonly<Record<string, string>>>>();
const keyHeaderCache = new WeakMap<OperationMeta, string>();

/**
 * The client's defaults for the header parameters `op` declares (timezoneid, language), spelled as
 * declared. One object per client and operation: copy it to change it.
 */
export function defaultHeadersFor(op: OperationMeta, defaults: DefaultHeaders): Readonly<Record<string, string>> {
  let byOp = defaultsCache.get(defaults);
  if (!byOp) defaultsCache.set(defaults, (byOp = new Map()));
  let found = byOp.get(op);
  if (!found) {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(defaults)) {
      const declared = declaredHeader(op, name);
      if (declared && value !== undefined) out[declared] = value;
    }
    byOp.set(op, (found = out));
  }
  return found;
}

/** The Idempotency-Key header as `op` spells it (the standard spelling when it declares none). */
export function keyHeaderName(op: OperationMeta): string {
  let name = keyHeaderCache.get(op);
  if (name === undefined) keyHeaderCache.set(op, (name = declaredHeader(op, 'Idempotency-Key') ?? 'Idempotency-Key'));
  return name;
}

/**
 * Headers for one call: the defaults, the caller's headers (win; spelled as declared, so the
 * validators see them under the spec's names), the Idempotency-Key.
 */
export function buildHeaders(
  op: OperationMeta,
  defaults: DefaultHeaders,
  callerHeaders: Record<string, unknown> | undefined,
  idempotencyKey: string | undefined,
): Record<string, string> {
  const out = { ...defaultHeadersFor(op, defaults) };
  const put = (name: string, value: string) => {
    for (const k of Object.keys(out)) if (k.toLowerCase() === name.toLowerCase()) delete out[k];
    out[name] = value;
  };
  if (callerHeaders) {
    for (const [name, value] of Object.entries(callerHeaders)) {
      if (value !== undefined && value !== null) put(declaredHeader(op, name) ?? name, String(value));
    }
  }
  if (idempotencyKey !== undefined) put(keyHeaderName(op), idempotencyKey);
  return out;
}
