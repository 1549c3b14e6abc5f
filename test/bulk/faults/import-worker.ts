/**
 * One import run for the kill-point fault suite, in its own process (bundled by esbuild, so a
 * run starts in a fraction of the CLI's tsx start-up): the same runBulkImport the CLI runs, from
 * a CSV file, with a checkpoint. Config as JSON in argv[2]. The report is written atomically to
 * `report`; a refusal (e.g. the checkpoint is locked) exits 2 with its message, never a stack.
 */
import { renameSync, writeFileSync } from "node:fs";
import { createSobotClient } from "../../../src/index.js";
import { readCsv, runBulkImport } from "../../../src/bulk/index.js";
import { SobotError } from "../../../src/errors.js";

interface Config {
  baseUrl: string;
  operationId: string;
  file: string;
  checkpoint: string;
  report: string;
  template: unknown;
  chunkSize: number;
  concurrency: number;
  resume: boolean;
  fsync?: boolean;
}

const c = JSON.parse(process.argv[2]!) as Config;
const sobot = createSobotClient({ baseUrl: c.baseUrl, token: "test-token", retry: false });
try {
  const report = await runBulkImport(sobot, c.operationId, {
    rows: readCsv(c.file), template: c.template, chunkSize: c.chunkSize, concurrency: c.concurrency,
    checkpoint: c.checkpoint, resume: c.resume, fsync: c.fsync ?? true, poll: false, callOptions: { retry: false },
  });
  writeFileSync(`${c.report}.tmp`, JSON.stringify(report));
  renameSync(`${c.report}.tmp`, c.report);
  process.stdout.write(`${report.status}\n`);
} catch (e) {
  process.stderr.write(`${e instanceof SobotError ? e.name : "Error"}: ${(e as Error).message}\n`);
  process.exit(2);
}
