/**
 * `sobot-cc`: a command for every operation of openapi.yaml (from the generated operation table;
 * no list is kept here), bulk imports, profiles and the Prism mock.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Flags, parseArgv } from './args/argv.js';
import { BOOLEAN_FLAGS, SUBCOMMANDS } from './args/globals.js';
import { makeContext, type Io } from './context.js';
import { EXIT, UsageError, reportError } from './errors.js';
import { globalHelp } from './help/global.js';
import { findSpecPath, loadSpec } from './spec/load.js';
import { cliOperation } from './spec/operation.js';
import { allOperations, findOperation, normalize } from './spec/names.js';
import { runOperation } from './commands/operation.js';
import { didYouMean } from './args/suggest.js';
import { exitOnInterrupt } from './interrupt.js';

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
    if (cmd === 'sim') {
      // before the spec is read: the simulator needs none of it and should start at once
      const { runSim } = await import('./commands/sim.js');
      return await runSim(argv.slice(argv.indexOf('sim') + 1), io);
    }
    const doc = await loadSpec();
    const target = cmd === 'call' || cmd === 'help' ? sub : cmd;
    const op = target ? findOperation(target) : undefined;
    const booleanFields = new Set(op ? cliOperation(doc, op).flags.filter((f) => f.schema.type === 'boolean').map((f) => normalize(f.name)) : []);
    const flags = new Flags(parseArgv(argv, (n) => BOOLEANS.has(n) || booleanFields.has(n)));
    const ctx = (command: string, positionals: string[]) => makeContext(doc, flags, io, command, positionals);
    // named the way the user was naming them: operationIds after `call`, command names after `help`
    const noOperation = (name: string) => new UsageError(`no operation "${name}"${didYouMean(name, allOperations().map((o) => (cmd === 'call' ? o.operationId : o.command)))}; sobot-cc --help lists them`);

    if (!cmd) {
      if (flags.has('version')) {
        io.out(`${version()}\n`);
        return EXIT.ok;
      }
      const help = flags.has('help');
      // `sobot-cc --verison`: name the slip rather than print the whole help
      const unknown = flags.unused();
      if (unknown.length) throw new UsageError(`unknown flag --${unknown[0]}${didYouMean(unknown[0]!, ['help', 'version'], '--')}; sobot-cc --help lists the commands`);
      io.out(globalHelp(doc));
      return help ? EXIT.ok : EXIT.usage;
    }
    // import, mock and sim have something to finish on Ctrl-C and handle it themselves
    if (cmd !== 'import' && cmd !== 'mock' && cmd !== 'sim') exitOnInterrupt();
    switch (cmd) {
      case 'help':
        if (!sub) {
          io.out(globalHelp(doc));
          return EXIT.ok;
        }
        if (sub === 'import' || sub === 'profile' || sub === 'mock' || sub === 'mcp' || sub === 'completion') return await main([sub, ...rest, '--help'], io);
        if (!op) throw noOperation(sub);
        flags.args.flags.set('help', ['']);
        return await runOperation(ctx(sub, rest), op);
      case 'call':
        if (!sub) throw new UsageError('call needs an operationId, e.g. sobot-cc call searchCallAgents --data \'{}\'');
        if (!op) throw noOperation(sub);
        return await runOperation(ctx(`call ${sub}`, rest), op);
      case 'import': {
        const { runImport } = await import('./commands/import.js');
        return await runImport(ctx(sub ? `import ${sub}` : 'import', rest), sub);
      }
      case 'profile': {
        const { runProfile } = await import('./commands/profile.js');
        return await runProfile(ctx(sub ? `profile ${sub}` : 'profile', rest), sub);
      }
      case 'mock': {
        const { runMock } = await import('./commands/mock.js');
        return await runMock(ctx('mock', sub === undefined ? [] : [sub, ...rest]));
      }
      case 'mcp': {
        const { runMcp } = await import('./commands/mcp.js');
        return await runMcp(argv.slice(argv.indexOf('mcp') + 1), io);
      }
      case 'completion': {
        const { runCompletion } = await import('./commands/completion.js');
        return runCompletion(ctx(sub ? `completion ${sub}` : 'completion', rest), sub);
      }
      default: {
        if (!op) {
          const names = [...SUBCOMMANDS, ...allOperations().flatMap((o) => [o.command, o.operationId])];
          throw new UsageError(`no command "${cmd}"${didYouMean(cmd, names)}; sobot-cc --help lists them`);
        }
        return await runOperation(ctx(cmd, sub === undefined ? [] : [sub, ...rest]), op);
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
