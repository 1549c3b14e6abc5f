/**
 * argv → positionals and flags. `--name value`, `--name=value`, repeated flags, `--` ends flags.
 *
 * Hand-rolled rather than node:util parseArgs, which was tried for this: parseArgs matches option
 * names exactly, and here `--agent-id`, `--agentId` and `--agentID` are one flag (names come from
 * the spec's camelCase, users type kebab-case); it needs every option declared before parsing,
 * and which flags take no value is known only once the command word is found among them (an
 * operation's boolean fields); in strict mode it refuses a value that starts with `-` (`--n -5`:
 * "argument is ambiguous"), and non-strict it turns an unknown `--agnet 1` into a boolean plus a
 * stray positional `1`, so the did-you-mean for the unknown flag would come with a second error.
 * The ~40 lines below are pinned by test/cli/flags.test.ts.
 */
import { normalize } from '../spec/names.js';
import { UsageError } from '../errors.js';

const MISSING = '\0missing';

export interface ParsedArgs {
  positionals: string[];
  /** normalized name → values in order (booleans get `''`) */
  flags: Map<string, string[]>;
  /** normalized name → as typed, for messages */
  typed: Map<string, string>;
}

export function parseArgv(argv: readonly string[], isBoolean: (normalizedName: string) => boolean): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Map(), typed: new Map() };
  const add = (typed: string, value: string) => {
    const n = normalize(typed);
    out.typed.set(n, typed);
    out.flags.set(n, [...(out.flags.get(n) ?? []), value]);
  };
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i]!;
    if (tok === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (tok === '-h') {
      add('help', '');
      continue;
    }
    if (!tok.startsWith('--') || tok === '--') {
      out.positionals.push(tok);
      continue;
    }
    const eq = tok.indexOf('=');
    const name = eq > 0 ? tok.slice(2, eq) : tok.slice(2);
    if (eq > 0) add(name, tok.slice(eq + 1));
    else if (isBoolean(normalize(name))) add(name, '');
    else if (i + 1 < argv.length) add(name, argv[++i]!);
    else add(name, MISSING);
  }
  return out;
}

/** Reads flags off a ParsedArgs, remembering which were used so the rest can be refused. */
export class Flags {
  private readonly used = new Set<string>();

  constructor(readonly args: ParsedArgs) {}

  has(name: string): boolean {
    const n = normalize(name);
    if (this.args.flags.has(n)) this.used.add(n);
    return this.args.flags.has(n);
  }

  /** the last value given, or undefined */
  value(name: string): string | undefined {
    const all = this.values(name);
    return all.length ? all[all.length - 1] : undefined;
  }

  values(name: string): string[] {
    const n = normalize(name);
    const v = this.args.flags.get(n);
    if (!v) return [];
    this.used.add(n);
    if (v.includes(MISSING)) throw new UsageError(`--${this.typed(name)} needs a value`);
    return v;
  }

  typed(name: string): string {
    return this.args.typed.get(normalize(name)) ?? name;
  }

  /** flags given but never read */
  unused(): string[] {
    return [...this.args.flags.keys()].filter((n) => !this.used.has(n)).map((n) => this.args.typed.get(n) ?? n);
  }
}
