/** The API addresses the spec's `servers` allow (`https://{host}` with its enum of hosts). */
import type { JsonObject } from './load.js';
import { isObject } from './schema.js';

export function serverUrls(doc: JsonObject): string[] {
  const out: string[] = [];
  for (const s of Array.isArray(doc.servers) ? doc.servers : []) {
    if (!isObject(s) || typeof s.url !== 'string') continue;
    const vars = isObject(s.variables) ? s.variables : {};
    let urls = [s.url];
    for (const [name, v] of Object.entries(vars)) {
      const values = isObject(v) && Array.isArray(v.enum) ? v.enum.map(String) : isObject(v) ? [String(v.default)] : [];
      urls = urls.flatMap((u) => values.map((val) => u.replace(`{${name}}`, val)));
    }
    out.push(...urls);
  }
  return out;
}
