/**
 * The forbidden-number import names each refused row in a string like
 * `NO[2],[numberType],Content[2],[Reference:1-number]`: the row's 1-based position in the
 * request, the field, the value sent and the rule it broke (see the spec's description of
 * `ForbiddenNumberImportResult.details`).
 */

export interface ForbiddenDetail {
  /** 1-based position of the row in the request */
  position: number;
  field: string;
  value: string;
  reference: string;
}

const DETAIL = /^\s*NO\[(\d+)\]\s*,\s*\[([^\]]*)\]\s*,\s*Content\[(.*)\]\s*,\s*\[Reference:(.*)\]\s*$/;

export function parseForbiddenDetail(text: string): ForbiddenDetail | undefined {
  const m = DETAIL.exec(text);
  if (!m) return undefined;
  return { position: Number(m[1]), field: m[2]!, value: m[3]!, reference: m[4]! };
}

export function describeForbiddenDetail(d: ForbiddenDetail): string {
  return `${d.field}: the server refused ${JSON.stringify(d.value)} (rule: ${d.reference})`;
}
