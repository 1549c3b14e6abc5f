// `npm run contract:check -- --base <git-ref>`: the pull-request contract gate.
//   1. `npm run lint` (Spectral + Redocly rules of this project)
//   2. oasdiff: openapi.yaml at <git-ref> vs the working tree; breaking changes fail unless
//      acknowledged in scripts/contract/acknowledged-breaking-changes.yaml (or --allow-breaking).
// Options: --spec <file> (openapi.yaml), --ack <file>, --format text|github, --skip-lint,
//          --allow-breaking, --no-color. Exit: 0 passed, 1 failed, 2 could not run.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ACK_FILE, loadAcknowledgements } from "./ack.js";
import { compareSpecs } from "./compare.js";
import { specAtRef } from "./git.js";
import { SpecLines } from "./locate.js";
import { findOasdiff, INSTALL_HINT } from "./oasdiff.js";
import { passed, renderGithub, renderSummary, renderText, type CheckOutcome } from "./report.js";

const USAGE = "usage: npm run contract:check -- --base <git-ref> [--spec openapi.yaml] [--ack file] [--format text|github] [--skip-lint] [--allow-breaking]";

function main(): number {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      spec: { type: "string", default: "openapi.yaml" },
      ack: { type: "string", default: DEFAULT_ACK_FILE },
      format: { type: "string", default: process.env.GITHUB_ACTIONS === "true" ? "github" : "text" },
      "skip-lint": { type: "boolean", default: false },
      "allow-breaking": { type: "boolean", default: false },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const base = values.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
  if (!base) {
    console.error(`--base is required.\n${USAGE}`);
    return 2;
  }
  if (values.format !== "text" && values.format !== "github") {
    console.error(`--format must be text or github.\n${USAGE}`);
    return 2;
  }
  const cwd = process.cwd();
  const spec = values.spec!;
  const ackFile = values.ack!;

  // Fail fast on a missing tool, before the (slower) lint.
  if (!findOasdiff()) {
    console.error(INSTALL_HINT);
    return 2;
  }

  let lint = { ran: false, ok: true };
  if (!values["skip-lint"]) {
    console.log("> npm run lint");
    const run = spawnSync("npm", ["run", "lint"], { cwd, stdio: "inherit" });
    lint = { ran: true, ok: run.status === 0 };
  }

  const tmp = mkdtempSync(join(tmpdir(), "sobot-contract-"));
  try {
    const baseText = specAtRef(base, spec, cwd);
    const acks = loadAcknowledgements(resolve(cwd, ackFile));
    let outcome: CheckOutcome;
    let baseLines: SpecLines | undefined;
    if (baseText === undefined) {
      outcome = { spec, base, ackFile, lint, baseMissing: true, breaking: { acknowledged: [], unacknowledged: [], stale: acks }, allowBreaking: values["allow-breaking"]!, info: [] };
    } else {
      const baseFile = join(tmp, "base-openapi.yaml");
      writeFileSync(baseFile, baseText);
      baseLines = new SpecLines(baseText);
      const { breaking, info } = compareSpecs(baseFile, resolve(cwd, spec), acks);
      outcome = { spec, base, ackFile, lint, baseMissing: false, breaking, allowBreaking: values["allow-breaking"]!, info };
    }
    const revisionLines = SpecLines.fromFile(resolve(cwd, spec));
    const color = values.format === "text" && !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    console.log("");
    console.log(renderText(outcome, revisionLines, baseLines, color));
    if (values.format === "github") {
      const annotations = renderGithub(outcome, revisionLines, baseLines);
      if (annotations) console.log(annotations);
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderSummary(outcome));
    }
    return passed(outcome) ? 0 : 1;
  } catch (err) {
    const message = (err as Error).message;
    if (values.format === "github") console.log(`::error title=Contract check could not run::${message.replace(/%/g, "%25").replace(/\n/g, "%0A")}`);
    console.error(`contract:check: ${message}`);
    return 2;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
