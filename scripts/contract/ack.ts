// Acknowledged breaking changes: a reviewed YAML list; a matching change no longer fails the gate.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import type { OasdiffChange } from "./oasdiff.js";

export const DEFAULT_ACK_FILE = "scripts/contract/acknowledged-breaking-changes.yaml";

export interface Acknowledgement {
  /** oasdiff check id, e.g. `request-property-became-required`. */
  id: string;
  /** `METHOD /path` as oasdiff reports it, e.g. `POST /callservice/v6/cc-config/api/queue`. */
  operation: string;
  /** Optional: a substring of the change's text, to single out one of several changes of one id. */
  text?: string;
  /** Why breaking consumers is acceptable: required. */
  reason: string;
}

export function loadAcknowledgements(file: string): Acknowledgement[] {
  if (!existsSync(file)) return [];
  const doc = parse(readFileSync(file, "utf8")) as { acknowledged?: unknown } | null;
  const list = doc?.acknowledged ?? [];
  if (!Array.isArray(list)) throw new Error(`${file}: \`acknowledged\` must be a list`);
  return list.map((raw, i) => {
    const entry = raw as Partial<Acknowledgement> | null;
    const where = `${file}: acknowledged[${i}]`;
    if (!entry || typeof entry.id !== "string" || !entry.id) throw new Error(`${where}: \`id\` (the oasdiff check id) is required`);
    if (typeof entry.operation !== "string" || !/^[A-Z]+ \//.test(entry.operation)) {
      throw new Error(`${where}: \`operation\` must be "METHOD /path", e.g. "POST /callservice/v6/cc-config/api/queue"`);
    }
    if (typeof entry.reason !== "string" || entry.reason.trim().length < 10) {
      throw new Error(`${where}: \`reason\` is required: say why breaking consumers is acceptable`);
    }
    if (entry.text !== undefined && typeof entry.text !== "string") throw new Error(`${where}: \`text\` must be a string`);
    return { id: entry.id, operation: entry.operation, text: entry.text, reason: entry.reason.trim() };
  });
}

export function operationKey(change: OasdiffChange): string {
  return `${change.operation ?? ""} ${change.path ?? ""}`.trim();
}

export function matches(ack: Acknowledgement, change: OasdiffChange): boolean {
  return ack.id === change.id && ack.operation === operationKey(change) && (ack.text === undefined || change.text.includes(ack.text));
}

export interface AckResult {
  acknowledged: Array<{ change: OasdiffChange; ack: Acknowledgement }>;
  unacknowledged: OasdiffChange[];
  /** Acknowledgements that match no reported change: remove them once the change is on the base branch. */
  stale: Acknowledgement[];
}

export function applyAcknowledgements(breaking: OasdiffChange[], acks: Acknowledgement[]): AckResult {
  const used = new Set<Acknowledgement>();
  const result: AckResult = { acknowledged: [], unacknowledged: [], stale: [] };
  for (const change of breaking) {
    const ack = acks.find((a) => matches(a, change));
    if (ack) {
      used.add(ack);
      result.acknowledged.push({ change, ack });
    } else {
      result.unacknowledged.push(change);
    }
  }
  result.stale = acks.filter((a) => !used.has(a));
  return result;
}

/** A ready-to-paste entry for the acknowledgement file. */
export function ackSnippet(change: OasdiffChange): string {
  return [
    `  - id: ${change.id}`,
    `    operation: ${JSON.stringify(operationKey(change))}`,
    `    text: ${JSON.stringify(change.text)}`,
    `    reason: "<why breaking consumers is acceptable>"`,
  ].join("\n");
}
