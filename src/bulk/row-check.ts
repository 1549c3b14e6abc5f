/**
 * Checks one row before it is sent, with the spec's own generated validator: the operation's
 * body validator runs on the template carrying this one row, and the errors that fall inside the
 * row are the row's. Nothing here restates a rule of the spec.
 */
import { bundle } from '../validation.js';
import { issuesFromAjv, type AjvLikeError, type ValidateFn } from '../validate.js';
import { pointerSegments } from '../../lint/spec-reader/pointer.js';
import { bodyWithItems } from './pointer.js';
import type { RowIssue } from './types.js';
import type { ValidationIssue } from '../errors.js';

export interface RowCheck {
  ok: boolean;
  /** the row as it will be sent (text cells converted where the schema asked for a number, …) */
  item: unknown;
  issues: RowIssue[];
  /** problems outside the row: the template is wrong, whatever the row */
  templateIssues: ValidationIssue[];
}

/** Text → the type the validator asked for, or undefined when the text is not one. */
function fromText(text: string, type: string): unknown {
  const t = text.trim();
  switch (type) {
    case 'integer':
      return /^[-+]?\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : undefined;
    case 'number':
      return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
    case 'boolean':
      return /^(true|false)$/i.test(t) ? t.toLowerCase() === 'true' : undefined;
    case 'array':
    case 'object':
      try {
        const v: unknown = JSON.parse(t);
        return (type === 'array') === Array.isArray(v) && v !== null && typeof v === 'object' ? v : undefined;
      } catch {
        return undefined;
      }
    default:
      return undefined;
  }
}

/** Replaces the value at `path` (pointer inside the row) when it is text the schema wants as another type. */
function coerceAt(item: unknown, path: string, type: string): { item: unknown; changed: boolean } {
  const parts = pointerSegments(path);
  if (parts.length === 0) {
    if (typeof item !== 'string') return { item, changed: false };
    const v = fromText(item, type);
    return v === undefined ? { item, changed: false } : { item: v, changed: true };
  }
  let parent: unknown = item;
  for (const key of parts.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[key];
  const last = parts[parts.length - 1]!;
  const holder = parent as Record<string, unknown> | undefined;
  const cur = holder?.[last];
  if (typeof cur !== 'string') return { item, changed: false };
  const v = fromText(cur, type);
  if (v === undefined) return { item, changed: false };
  holder![last] = v;
  return { item, changed: true };
}

/** `/customFields/0/fieldId` → `customFields[0].fieldId` */
function fieldName(sub: string, itemLabel: string): string {
  if (sub === '' || sub === '/') return itemLabel;
  return pointerSegments(sub)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function describe(e: AjvLikeError): string {
  const base = e.message ?? e.keyword;
  const allowed = e.params?.allowedValues;
  return Array.isArray(allowed) ? `${base}: ${allowed.map((a) => JSON.stringify(a)).join(', ')}` : base;
}

export interface RowCheckerOptions {
  operationId: string;
  itemsPointer: string;
  template: unknown;
  /** how a scalar row's field is named in messages (e.g. the CSV column `phone`) */
  itemLabel: string;
}

const NONE = Object.freeze([]) as unknown as never[];

export function createRowChecker(o: RowCheckerOptions): (value: unknown, text: boolean) => RowCheck {
  const validate = bundle.validators[o.operationId]?.body as ValidateFn | undefined;
  const validateItem = bundle.validators[o.operationId]?.item as ValidateFn | undefined;
  const rules = bundle.rules[o.operationId] ?? [];
  // once one row was checked with the whole body and the template had no issue, a row the item
  // validator passes is a row the body validator passes: the template is not checked again
  let templateClean = false;
  const rowPath = `${o.itemsPointer}/0`;
  const inRow = (instancePath: string) => instancePath === rowPath || instancePath.startsWith(`${rowPath}/`);

  // One probe body per checker, its one-row slot refilled for each row: copying the template
  // per row was the bulk path's largest cost. Validators and rules only read it.
  const slot: unknown[] = [undefined];
  const body = bodyWithItems(o.template, o.itemsPointer, slot);

  return (value, text) => {
    // the validator may ask for a number where a CSV cell gave text: convert and look again.
    // CSV rows are flat records of strings, so a shallow copy (made only when a cell is converted) keeps the caller's row intact.
    let item: unknown = value;
    // the common case, a valid row: no copies, no arrays
    if (templateClean && validateItem && rules.length === 0 && validateItem(item)) return { ok: true, item, issues: NONE, templateIssues: NONE };
    slot[0] = item;
    if ((!validate || validate(body)) && rules.length === 0) {
      templateClean = true;
      return { ok: true, item, issues: NONE, templateIssues: NONE };
    }
    let copied = false;
    let errors: AjvLikeError[] = [];
    for (let pass = 0; pass < 8; pass++) {
      slot[0] = item;
      errors = !validate || validate(body) ? [] : [...(validate.errors ?? [])];
      if (!text) break;
      let changed = false;
      for (const e of errors) {
        if (e.keyword !== 'type' || !inRow(e.instancePath) || typeof e.params?.type !== 'string') continue;
        if (!copied && item && typeof item === 'object') {
          item = Array.isArray(item) ? [...item] : { ...item };
          copied = true;
        }
        const r = coerceAt(item, e.instancePath.slice(rowPath.length), e.params.type);
        item = r.item;
        changed ||= r.changed;
      }
      if (!changed) break;
    }
    slot[0] = item;
    const issues: RowIssue[] = [];
    const templateIssues: ValidationIssue[] = [];
    for (const e of errors) {
      const [issue] = issuesFromAjv('body', [e]);
      if (inRow(e.instancePath)) {
        const full = issue!.path.slice('/body'.length);
        issues.push({ field: fieldName(full.slice(rowPath.length), o.itemLabel), rule: e.keyword, message: describe(e) });
      } else {
        templateIssues.push({ ...issue!, message: describe(e) });
      }
    }
    for (const rule of rules) {
      for (const issue of rule({ body })) {
        const path = issue.path.replace(/^\/body/, '');
        if (path === rowPath || path.startsWith(`${rowPath}/`)) {
          issues.push({ field: fieldName(path.slice(rowPath.length), o.itemLabel), rule: issue.rule, message: issue.message });
        } else {
          templateIssues.push(issue);
        }
      }
    }
    templateClean ||= templateIssues.length === 0;
    return { ok: issues.length === 0 && templateIssues.length === 0, item, issues, templateIssues };
  };
}

/**
 * The JSON type the spec wants for one row (`object` for calling-list entries, `string` for
 * contact-plan numbers), read off the validator's answer to a `null` row.
 */
export function rowType(operationId: string, itemsPointer: string, template: unknown): string | undefined {
  const validate = bundle.validators[operationId]?.body as ValidateFn | undefined;
  if (!validate || validate(bodyWithItems(template, itemsPointer, [null]))) return undefined;
  const e = (validate.errors ?? []).find((x) => x.keyword === 'type' && x.instancePath === `${itemsPointer}/0`);
  const t = e?.params?.type;
  return typeof t === 'string' ? t : Array.isArray(t) ? String(t[0]) : undefined;
}
