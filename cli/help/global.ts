/** `sobot-cc --help`: every operation of the contract, by tag, plus the other commands. */
import type { JsonObject } from '../spec/load.js';
import { allOperations, bulkOperations } from '../spec/names.js';
import { serverUrls } from '../spec/servers.js';

export function globalHelp(doc: JsonObject): string {
  const info = (doc.info ?? {}) as JsonObject;
  const ops = allOperations();
  const width = Math.max(...ops.map((o) => o.command.length));
  const tags: string[] = [];
  for (const op of ops) if (!tags.includes(op.tag)) tags.push(op.tag);
  const lines = [
    `sobot-cc — command line for ${String(info.title ?? 'the Sobot API')} (every operation of openapi.yaml)`,
    '',
    'Usage:',
    '  sobot-cc <operation> [flags]                  call one operation; flags come from its request schema',
    '  sobot-cc call <operationId> [--data JSON|@file|-] [flags]',
    '  sobot-cc <operation> --help                   the operation\'s description and fields, from the spec',
    `  sobot-cc import ${bulkOperations().map((b) => b.kind).join('|')} --file rows.csv [flags]`,
    '  sobot-cc profile set|show|list|delete [--profile NAME]   connection settings (file mode 0600; secrets never shown)',
    '  sobot-cc mock [--port N]                       serve openapi.yaml with the Prism mock on 127.0.0.1',
    '  sobot-cc sim [--port N] [--empty|--data FILE]  a stateful simulator of the Sobot API on 127.0.0.1 (sim --help)',
    '  sobot-cc mcp [--read-only] [--http PORT]      the operations as MCP tools for an AI assistant (mcp --help)',
    '  sobot-cc completion bash|zsh|fish              shell completion (e.g. source <(sobot-cc completion bash))',
    '',
    'Operations:',
  ];
  for (const tag of tags) {
    lines.push(`  ${tag}`);
    for (const op of ops.filter((o) => o.tag === tag)) {
      lines.push(`    ${op.command.padEnd(width)}  ${op.summary}  (${op.operationId})`);
    }
  }
  lines.push(
    '',
    'Output: a table on a terminal, JSON when piped or with --json (--output table|json to choose).',
    '',
    'Connection (first found wins): --base-url; SOBOT_BASE_URL and SOBOT_TOKEN or SOBOT_APP_ID + SOBOT_APP_SECRET;',
    `the profile (--profile NAME, SOBOT_PROFILE, else "default"). API addresses: ${serverUrls(doc).join(', ')}.`,
    '',
    'Exit codes: 0 ok · 1 API failure · 2 usage or validation error · 3 import finished with rejected or invalid rows · 130 Ctrl-C',
    '',
  );
  return lines.join('\n');
}
