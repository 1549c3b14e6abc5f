/**
 * The URL of a direct call, built exactly as openapi-fetch's `createFinalURL` with its default
 * query serializer builds it (test/sdk/direct-url.test.ts compares the two on random queries), so
 * a call is the same with or without middleware; written here so that the core does not load
 * openapi-fetch until something needs its client.
 */
function param(name: string, v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') throw new Error('Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these.');
  return `${name}=${encodeURIComponent(v as string)}`;
}

export function directUrl(baseUrl: string, path: string, query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const v = query[name];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length) parts.push(v.map((x) => param(name, x)).join('&'));
    } else if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const fields: string[] = [];
      for (const k in o) fields.push(param(`${name}[${k}]`, o[k]));
      parts.push(fields.join('&'));
    } else {
      parts.push(param(name, v));
    }
  }
  let search = parts.join('&');
  if (search.startsWith('?')) search = search.slice(1);
  return search ? `${baseUrl}${path}?${search}` : `${baseUrl}${path}`;
}
