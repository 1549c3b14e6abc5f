/**
 * `sobot-cc import <kind> --file rows.csv`: the SDK's bulk import with a progress bar, a report
 * file and a checkpoint (always on, so `--resume` can continue any import that stopped).
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { problemsCsv, readCsv, readJsonl, runBulkImport, type ImportReport } from '../../src/bulk/index.js';
import { checkpointHasHeader } from '../../src/bulk/checkpoint.js';
import { profilePath } from '../config/profile.js';
import { inspectInput } from '../import/input-file.js';
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { readData } from '../args/data.js';
import { didYouMean } from '../args/suggest.js';
import { cliOperation } from '../spec/operation.js';
import { bulkOperations } from '../spec/names.js';
import { isObject } from '../spec/schema.js';
import { asJson, outputMode } from '../output/render.js';
import { buildInput } from './input.js';
import { refuseUnknownFlags } from '../args/unknown.js';
import { COMMON_FLAGS, IMPORT_FLAGS } from '../args/globals.js';
import { importHelp, itemsField } from '../help/import.js';
import { progressBar, type ProgressView } from '../import/progress-bar.js';
import { summaryText } from '../import/summary.js';

function int(ctx: Context, name: string, min: number): number | undefined {
  const v = ctx.flags.value(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${v}"`);
  return Number(v);
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path); // a reader never sees half a file
}

function writeReport(path: string, report: ImportReport): void {
  writeAtomically(path, `${JSON.stringify(report, null, 2)}\n`);
}

export function exitCodeOf(report: ImportReport): number {
  const t = report.totals;
  if (report.status === 'stopped' || t.unknown > 0 || t.pending > 0) return EXIT.api;
  if (t.rejected > 0 || t.invalid > 0) return EXIT.rejected;
  return EXIT.ok;
}

/** Until calls start, Ctrl-C has nothing to finish. */
const early = () => process.exit(EXIT.interrupted);

export async function runImport(ctx: Context, kind: string | undefined): Promise<number> {
  process.on('SIGINT', early);
  try {
    return await runImportOf(ctx, kind);
  } finally {
    process.off('SIGINT', early);
  }
}

async function runImportOf(ctx: Context, kind: string | undefined): Promise<number> {
  const kinds = bulkOperations();
  const found = kinds.find((k) => k.kind === kind || k.op.operationId === kind);
  const { flags, io } = ctx;
  if (!found) {
    if (flags.has('help') && !kind) {
      io.out(`sobot-cc import ${kinds.map((k) => k.kind).join('|')} --file rows.csv [flags]\n\n${kinds.map((k) => `  ${k.kind.padEnd(18)} ${k.op.summary} (${k.op.operationId})`).join('\n')}\n\nsobot-cc import <kind> --help for its columns and flags.\n`);
      return EXIT.ok;
    }
    throw new UsageError(`import what? ${kind ? `"${kind}" is not one of` : 'give one of'}: ${kinds.map((k) => k.kind).join(', ')}${kind ? didYouMean(kind, kinds.map((k) => k.kind)) : ''}`);
  }
  const c = cliOperation(ctx.doc, found.op);
  if (flags.has('help')) {
    io.out(importHelp(ctx, found.kind, c));
    return EXIT.ok;
  }

  const file = flags.value('file');
  if (!file) throw new UsageError(`import ${found.kind} needs --file rows.csv (or rows.jsonl)`);
  if (!existsSync(file)) throw new UsageError(`--file ${file}: no such file`);
  const format = flags.value('format') ?? (/^\.(jsonl|ndjson)$/i.test(extname(file)) ? 'jsonl' : 'csv');
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError(`--format must be csv or jsonl, got "${format}"`);
  const field = itemsField(found.op);
  const input = await buildInput(ctx, c, { skip: field ? [field] : [] });
  const rowDefaultsText = flags.value('row-defaults');
  const rowDefaults = rowDefaultsText === undefined ? undefined : await readData(rowDefaultsText, 'row-defaults');
  if (rowDefaults !== undefined && !isObject(rowDefaults)) throw new UsageError('--row-defaults must be a JSON object');
  const reportPath = flags.value('report') ?? `${file}.report.json`;
  const checkpoint = flags.value('checkpoint') ?? `${file}.checkpoint.jsonl`;
  const resume = flags.has('resume');
  // a checkpoint without its header was left by a run stopped before it sent anything: it is replaced
  if (!resume && checkpointHasHeader(checkpoint)) {
    throw new UsageError(`checkpoint ${checkpoint} exists from an earlier import of this file: add --resume to continue it, or delete it to import again from the start`);
  }
  if (resume && !existsSync(checkpoint)) throw new UsageError(`--resume: no checkpoint at ${checkpoint}`);
  const pollTimeout = int(ctx, 'poll-timeout', 0);
  const pollInterval = int(ctx, 'poll-interval', 1);
  const options = {
    chunkSize: int(ctx, 'chunk-size', 1),
    concurrency: int(ctx, 'concurrency', 1),
    importId: flags.value('import-id'),
    column: flags.value('column'),
  };
  const showBar = flags.has('no-progress') ? false : flags.has('progress') || io.stderrIsTTY;
  const forceBar = flags.has('progress');
  const noPoll = flags.has('no-poll');
  const resendUnknown = flags.has('resend-unknown');
  const keepDuplicates = flags.has('keep-duplicates');
  const mode = outputMode({ json: flags.has('json'), output: flags.value('output') }, io.stdoutIsTTY);
  refuseUnknownFlags(ctx, [...c.flags.filter((f) => f.name !== field).map((f) => f.name), ...IMPORT_FLAGS, ...COMMON_FLAGS]);
  if (ctx.rest.length) throw new UsageError(`unexpected argument "${ctx.rest[0]}"`);

  // one streaming pass first: the total for the progress bar, and a broken file fails before anything is sent
  const { rows: total, digest } = await inspectInput(file, format);
  const sobot = ctx.connect(found.op);
  const stopper = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    // first Ctrl-C: finish the calls in flight, write the report, exit 130. Second: leave now;
    // the checkpoint journal is written line by line as each call settles (it survives even
    // SIGKILL: test/cli/import-resume.test.ts), so --resume still knows every finished call.
    if (++interrupts > 1) process.exit(EXIT.interrupted);
    io.err('\nsobot-cc: stopping after the calls in flight (Ctrl-C again to quit at once; --resume continues later)\n');
    stopper.abort();
  };
  process.on('SIGINT', onSigint);
  process.off('SIGINT', early);
  let bar: ProgressView | undefined;
  try {
    bar = showBar ? progressBar(total, process.stderr, forceBar) : undefined;
    const report = await runBulkImport(sobot, found.op.operationId, {
      rows: format === 'csv' ? readCsv(file) : readJsonl(file),
      template: input.body,
      ...(rowDefaults !== undefined && { rowDefaults: rowDefaults as Record<string, unknown> }),
      ...(options.column !== undefined && { valueColumn: options.column }),
      ...(options.chunkSize !== undefined && { chunkSize: options.chunkSize }),
      ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
      ...(options.importId !== undefined && { importId: options.importId }),
      ...(keepDuplicates && { duplicates: 'send' as const }),
      checkpoint, resume, resendUnknown, totalRows: total, contentDigest: digest,
      // import ids named with --import-id are remembered next to the profiles: one id, one content
      importLedger: join(dirname(profilePath()), 'import-ids.jsonl'),
      poll: noPoll ? false : { ...(pollTimeout !== undefined && { timeoutMs: pollTimeout * 1000 }), ...(pollInterval !== undefined && { intervalMs: pollInterval }) },
      signal: stopper.signal,
      onProgress: (p) => bar?.update(p),
    });
    bar?.stop();
    bar = undefined;
    writeReport(reportPath, report);
    // the rows to fix, for a spreadsheet (cells that would run as formulas neutralized; the JSON report keeps them as they are)
    const t = report.totals;
    const problemsPath = t.invalid + t.rejected + t.unknown + t.duplicate > 0 ? reportPath.replace(/(\.report)?\.json$/i, '') + '.problems.csv' : undefined;
    if (problemsPath) writeAtomically(problemsPath, problemsCsv(report));
    if (mode === 'json') {
      io.out(asJson({ report: reportPath, ...(problemsPath && { problems: problemsPath }), status: report.status, ...(report.stopReason && { stopReason: report.stopReason }), importId: report.importId, totals: report.totals, ...(report.server && { server: report.server }) }));
    } else {
      io.out(summaryText(report, reportPath, problemsPath));
    }
    // stopped by Ctrl-C: 130 once the report is written and the checkpoint closed (runBulkImport has returned)
    return interrupts > 0 ? EXIT.interrupted : exitCodeOf(report);
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
  }
}

