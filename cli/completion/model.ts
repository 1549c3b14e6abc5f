/**
 * What shell completion offers, built from the operation table and the spec (no list of
 * commands is kept here): the command words with their summaries, and each command's flags.
 * The three shell scripts are renderings of this one model.
 */
import { COMMON_FLAGS, IMPORT_FLAGS, MOCK_FLAGS, PROFILE_ACTIONS, PROFILE_FLAGS, SHELLS } from '../args/globals.js';
import type { JsonObject } from '../spec/load.js';
import { allOperations, bulkOperations } from '../spec/names.js';
import { cliOperation } from '../spec/operation.js';
import { itemsField } from '../help/import.js';

export interface Word {
  name: string;
  description: string;
}

export interface CompletionModel {
  /** the first word: every operation's command name, then the other commands */
  commands: Word[];
  /** the second word after `call`, `import`, `profile`, `completion`, `help` */
  subwords: Record<string, Word[]>;
  /** flags (without `--`) by command key: `search-call-agents`, `call searchCallAgents`, `import calling-list`, `profile set`, `mock` */
  flags: Record<string, string[]>;
  /** flags whose value is a file path, and flags with a fixed set of values */
  fileFlags: string[];
  valueFlags: Record<string, string[]>;
}

const oneLine = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function completionModel(doc: JsonObject): CompletionModel {
  const ops = allOperations();
  const flags: Record<string, string[]> = {};
  const commands: Word[] = ops.map((op) => ({ name: op.command, description: oneLine(op.summary) }));
  for (const op of ops) {
    const own = cliOperation(doc, op).flags.map((f) => f.name);
    flags[op.command] = [...own, ...COMMON_FLAGS];
    flags[`call ${op.operationId}`] = [...own, ...COMMON_FLAGS];
  }
  const imports = bulkOperations();
  for (const { kind, op } of imports) {
    const field = itemsField(op);
    const template = cliOperation(doc, op).flags.filter((f) => f.name !== field).map((f) => f.name);
    flags[`import ${kind}`] = [...template, ...IMPORT_FLAGS, ...COMMON_FLAGS];
  }
  for (const action of PROFILE_ACTIONS) flags[`profile ${action}`] = [...PROFILE_FLAGS];
  flags.mock = [...MOCK_FLAGS];
  commands.push(
    { name: 'call', description: 'Call an operation by its operationId' },
    { name: 'import', description: 'Bulk import rows from a CSV or JSON Lines file' },
    { name: 'profile', description: 'Save, show, list or delete connection settings' },
    { name: 'mock', description: 'Serve openapi.yaml with the Prism mock on 127.0.0.1' },
    { name: 'completion', description: 'Print a shell completion script' },
    { name: 'help', description: 'Help for a command' },
  );
  return {
    commands,
    subwords: {
      call: ops.map((op) => ({ name: op.operationId, description: oneLine(op.summary) })),
      import: imports.map(({ kind, op }) => ({ name: kind, description: oneLine(op.summary) })),
      profile: PROFILE_ACTIONS.map((a) => ({ name: a, description: `profile ${a}` })),
      completion: SHELLS.map((s) => ({ name: s, description: `completion script for ${s}` })),
      help: commands.filter((c) => c.name !== 'help'),
    },
    flags,
    fileFlags: ['file', 'report', 'checkpoint'],
    valueFlags: { output: ['table', 'json'], format: ['csv', 'jsonl'] },
  };
}
