// Renders the contract check for a terminal or as GitHub Actions workflow commands.
import { ackSnippet, operationKey, type AckResult } from "./ack.js";
import type { OasdiffChange } from "./oasdiff.js";
import type { SpecLines } from "./locate.js";

export interface CheckOutcome {
  spec: string;
  base: string;
  ackFile: string;
  lint: { ran: boolean; ok: boolean };
  /** No spec at the base ref: nothing to compare. */
  baseMissing: boolean;
  breaking: AckResult;
  allowBreaking: boolean;
  /** Non-breaking changes (info level), for the record. */
  info: OasdiffChange[];
}

export function passed(o: CheckOutcome): boolean {
  return (!o.lint.ran || o.lint.ok) && (o.allowBreaking || o.breaking.unacknowledged.length === 0);
}

const LEVEL = ["", "info", "warning", "error"];

function lineFor(change: OasdiffChange, revision?: SpecLines, base?: SpecLines): { line?: number; inBase: boolean } {
  if (change.revisionSource?.line) return { line: change.revisionSource.line, inBase: false };
  const inRevision = revision?.operationLine(change.operation, change.path);
  if (inRevision) return { line: inRevision, inBase: false };
  const inBase = change.baseSource?.line ?? base?.operationLine(change.operation, change.path);
  return { line: inBase, inBase: inBase !== undefined };
}

function where(change: OasdiffChange): string {
  const op = operationKey(change) || "(document)";
  return change.operationId ? `${op} (${change.operationId})` : op;
}

export function renderText(o: CheckOutcome, revision?: SpecLines, base?: SpecLines, color = false): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  out.push(c("1", `Contract check: ${o.spec} (working tree) against ${o.base}`));
  out.push("");
  out.push(`Lint (npm run lint): ${!o.lint.ran ? "skipped" : o.lint.ok ? c("32", "passed") : c("31", "FAILED (see its output above)")}`);
  if (o.baseMissing) {
    out.push(`Breaking changes: none possible, ${o.spec} does not exist at ${o.base}`);
  } else {
    const { acknowledged, unacknowledged, stale } = o.breaking;
    const total = acknowledged.length + unacknowledged.length;
    out.push(`Breaking changes: ${total} (${unacknowledged.length} not acknowledged, ${acknowledged.length} acknowledged); other changes: ${o.info.length}`);
    for (const change of unacknowledged) {
      const { line, inBase } = lineFor(change, revision, base);
      out.push("");
      out.push(`  ${c("31", "✗ " + LEVEL[change.level])}  ${change.id}${line ? `  ${inBase ? `${o.base}:` : ""}${o.spec}:${line}` : ""}`);
      out.push(`      ${where(change)}`);
      out.push(`      ${change.text}`);
    }
    for (const { change, ack } of acknowledged) {
      out.push("");
      out.push(`  ${c("33", "✓ acknowledged")}  ${change.id}`);
      out.push(`      ${where(change)}`);
      out.push(`      ${change.text}`);
      out.push(`      reason: ${ack.reason}`);
    }
    for (const ack of stale) {
      out.push("");
      out.push(`  ${c("36", "• stale acknowledgement")} ${ack.id} ${ack.operation}: matches no change; remove it from ${o.ackFile}`);
    }
    if (unacknowledged.length > 0 && !o.allowBreaking) {
      out.push("");
      out.push(`To accept these changes, add entries like these to ${o.ackFile} (and say why in \`reason\`):`);
      out.push("acknowledged:");
      for (const change of unacknowledged) out.push(ackSnippet(change));
    }
  }
  out.push("");
  if (o.allowBreaking && o.breaking.unacknowledged.length > 0) out.push(c("33", "Breaking changes allowed by --allow-breaking."));
  out.push(passed(o) ? c("32", "Contract check passed.") : c("31", "Contract check FAILED."));
  return out.join("\n");
}

/** GitHub's workflow-command escaping: data and property values. */
function escData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escProp(s: string): string {
  return escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(kind: "error" | "warning" | "notice", props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escProp(String(v))}`)
    .join(",");
  return `::${kind}${p ? " " + p : ""}::${escData(message)}`;
}

export function renderGithub(o: CheckOutcome, revision?: SpecLines, base?: SpecLines): string {
  const out: string[] = [];
  if (o.lint.ran && !o.lint.ok) out.push(command("error", { title: "Lint failed" }, "npm run lint reported errors; see the step log."));
  for (const change of o.breaking.unacknowledged) {
    const { line, inBase } = lineFor(change, revision, base);
    const msg = `${where(change)}: ${change.text}${inBase ? ` (removed; line ${line} of ${o.spec} at ${o.base})` : ""}\n` +
      `Acknowledge it in ${o.ackFile} if intended:\n${ackSnippet(change)}`;
    out.push(command(o.allowBreaking ? "warning" : "error", { file: o.spec, line: inBase ? undefined : line, title: `Breaking change: ${change.id}` }, msg));
  }
  for (const { change, ack } of o.breaking.acknowledged) {
    const { line, inBase } = lineFor(change, revision, base);
    out.push(command("notice", { file: o.spec, line: inBase ? undefined : line, title: `Acknowledged breaking change: ${change.id}` }, `${where(change)}: ${change.text}\nreason: ${ack.reason}`));
  }
  for (const ack of o.breaking.stale) {
    out.push(command("notice", { file: o.ackFile, title: "Stale acknowledgement" }, `${ack.id} ${ack.operation} matches no change; remove it.`));
  }
  return out.join("\n");
}

/** Markdown for $GITHUB_STEP_SUMMARY. */
export function renderSummary(o: CheckOutcome): string {
  const rows = [
    ...o.breaking.unacknowledged.map((c) => `| ❌ | \`${c.id}\` | ${where(c)} | ${c.text.replace(/\|/g, "\\|")} |`),
    ...o.breaking.acknowledged.map(({ change: c, ack }) => `| ✅ acknowledged | \`${c.id}\` | ${where(c)} | ${c.text.replace(/\|/g, "\\|")} — ${ack.reason.replace(/\|/g, "\\|")} |`),
  ];
  return [
    `## Contract check ${passed(o) ? "passed" : "failed"}`,
    ``,
    `- Lint: ${!o.lint.ran ? "skipped" : o.lint.ok ? "passed" : "**failed**"}`,
    `- Base: \`${o.base}\`${o.baseMissing ? " (no spec there: nothing to compare)" : ""}`,
    ``,
    rows.length ? `| | check | operation | change |\n|---|---|---|---|\n${rows.join("\n")}` : "No breaking changes.",
    ``,
  ].join("\n");
}
