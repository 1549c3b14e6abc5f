/**
 * `sobot-cc`: a command for every operation of openapi.yaml (from the generated operation table;
 * no list is kept here), bulk imports, profiles and the Prism mock.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Flags, parseArgv } from './args/argv.js';
import { BOOLEAN_FLAGS } from './args/globals.js';
import { makeContext, type Io } from './context.js';
import { EXIT, UsageError, reportError } from './errors.js';
import { globalHelp } from './help/global.js';
import { findSpecPath, loadSpec } from './spec/load.js';
import { cliOperation } from './spec/operation.js';
import { allOperations, findOperation, kebab, normalize } from './spec/names.js';
import { runOperation } from './commands/operation.js';

/** Flags that take no value, whatever the command. */
const BOOLEANS = new Set(BOOLEAN_FLAGS.map(normalize));

function version(): string {
  try {
    return String((JSON.parse(readFileSync(join(dirname(findSpecPath()), 'package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    // the command word(s) first, then the flags with the command's own boolean fields known
    const first = parseArgv(argv, (n) => BOOLEANS.has(n));
    const [cmd, sub, ...rest] = first.positionals;
    const doc = await loadSpec();
    const target = cmd === 'call' || cmd === 'help' ? sub : cmd;
    const op = target ? findOperation(target) : undefined;
    const booleanFields = new Set(op ? cliOperation(doc, op).flags.filter((f) => f.schema.type === 'boolean').map((f) => normalize(f.name)) : []);
    const flags = new Flags(parseArgv(argv, (n) => BOOLEANS.has(n) || booleanFields.has(n)));
    const ctx = (positionals: string[]) => makeContext(doc, flags, io, positionals);

    if (!cmd) {
      if (flags.has('version')) {
        io.out(`${version()}\n`);
        return EXIT.ok;
      }
      io.out(globalHelp(doc));
      return flags.has('help') ? EXIT.ok : EXIT.usage;
    }
    switch (cmd) {
      case 'help':
        if (!sub) {
          io.out(globalHelp(doc));
          return EXIT.ok;
        }
        if (sub === 'import' || sub === 'profile' || sub === 'mock') return await main([sub, ...rest, '--help'], io);
        if (!op) throw new UsageError(`no operation "${sub}" (sobot-cc --help lists them)`);
        flags.args.flags.set('help', ['']);
        return await runOperation(ctx(rest), op);
      case 'call':
        if (!sub) throw new UsageError('call needs an operationId, e.g. sobot-cc call searchCallAgents --data \'{}\'');
        if (!op) throw new UsageError(`no operation "${sub}" (sobot-cc --help lists them)`);
        return await runOperation(ctx(rest), op);
      case 'import': {
        const { runImport } = await import('./commands/import.js');
        return await runImport(ctx(rest), sub);
      }
      case 'profile': {
        const { runProfile } = await import('./commands/profile.js');
        return await runProfile(ctx(rest), sub);
      }
      case 'mock': {
        const { runMock } = await import('./commands/mock.js');
        return await runMock(ctx(sub === undefined ? [] : [sub, ...rest]));
      }
      default: {
        if (!op) {
          const near = allOperations().map((o) => kebab(o.operationId)).filter((n) => n.includes(cmd.toLowerCase()) || cmd.toLowerCase().includes(n.split('-')[1] ?? '\0'));
          throw new UsageError(`no command "${cmd}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; sobot-cc --help lists them`);
        }
        return await runOperation(ctx(sub === undefined ? [] : [sub, ...rest]), op);
      }
    }
  } catch (e) {
    return reportError(e, (line) => io.err(`${line}\n`));
  }
}

const io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  stdoutIsTTY: !!process.stdout.isTTY,
  stderrIsTTY: !!process.stderr.isTTY,
  env: process.env,
};

// run when started as the program (bin.mjs imports this module for that), not when a test imports main()
if (process.env.SOBOT_CC_NO_AUTORUN !== '1') {
  const code = await main(process.argv.slice(2), io);
  // let stdout drain before exiting (large JSON output to a pipe)
  process.exitCode = code;
}
