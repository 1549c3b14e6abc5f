/** The request body of one chunk: the template with the rows placed at `x-sobot-batch.itemsPointer`. */
import { pointerSegments } from '../../lint/spec-reader/pointer.js';

/**
 * A copy of `template` with `items` at `pointer`. The template is copied, not changed, so the
 * caller's object stays as given and every chunk starts from the same template.
 */
export function bodyWithItems(template: unknown, pointer: string, items: unknown[]): unknown {
  const parts = pointerSegments(pointer);
  if (parts.length === 0) return items;
  const root: Record<string, unknown> = template && typeof template === 'object' ? structuredClone(template as object) as Record<string, unknown> : {};
  let cur = root;
  for (const key of parts.slice(0, -1)) {
    const next = cur[key];
    cur = (cur[key] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = items;
  return root;
}

/** The template without the items member (what a caller may pass along with the rows). */
export function templateWithoutItems(template: unknown, pointer: string): unknown {
  const parts = pointerSegments(pointer);
  if (parts.length === 0 || !template || typeof template !== 'object') return template;
  const root = structuredClone(template as object) as Record<string, unknown>;
  let cur: Record<string, unknown> | undefined = root;
  for (const key of parts.slice(0, -1)) cur = cur?.[key] as Record<string, unknown> | undefined;
  if (cur) delete cur[parts[parts.length - 1]!];
  return root;
}
