// The names an operation gets from the spec: its SDK facade group (from its tag), its CLI
// command, its MCP tool and, for a bulk operation, its `sobot-cc import <kind>` (from its
// operationId). They are computed here and nowhere else: the generator writes them into the
// operation tables (so the SDK, the CLI and the MCP server only read them), the lint rule
// sobot-sdk-method refuses two operations that would share one, and the docs build names the
// operations of whatever spec it renders with them. Plain ESM without imports, like ./index.js.

/** Words of a tag: split at spaces, `-` and `_`. */
const words = (tag) => String(tag).split(/[ _-]/);

/**
 * A tag as the facade's group key, `sobot.<group>.<method>`: the first word lower-cased, each
 * later word with its first letter upper-cased and the rest as written.
 * `Skill groups` → `skillGroups`, `IVR flows` → `ivrFlows`, `call_center-Numbers` → `callCenterNumbers`.
 */
export function groupKey(tag) {
  return words(tag).map((w, i) => (i ? w.charAt(0).toUpperCase() + w.slice(1) : w.toLowerCase())).join('');
}

/**
 * An operationId as a CLI command, kebab-case: `searchCallAgents` → `search-call-agents`; a run of
 * capitals is one word (`getIVRFlow` → `get-ivr-flow`), so ids differing only there give one name.
 */
export function commandName(operationId) {
  return String(operationId)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** An operationId as an MCP tool name, snake_case (MCP clients show `search_call_agents`). */
export function toolName(operationId) {
  return commandName(operationId).replace(/-/g, '_');
}

/** A bulk operation's `import <kind>`: its operationId without the leading verb, `importCallingList` → `calling-list`. */
export function importKind(operationId) {
  return commandName(String(operationId).replace(/^[a-z]+/, ''));
}

/**
 * Every name of one operation. `bulk`: it has `x-sobot-batch`, so `sobot-cc import` offers it
 * (`importKind` is null otherwise).
 */
export function operationNames({ operationId, tag, bulk }) {
  return {
    group: groupKey(tag),
    command: commandName(operationId),
    tool: toolName(operationId),
    importKind: bulk ? importKind(operationId) : null,
  };
}

/**
 * The names two operations would share, so that one of them could not be reached. `rows`: per
 * operation, `operationId`, `sdkMethod` and the names of `operationNames`. Each clash names the
 * kind of name, the name, and the operation that took it first (`first`) and the one that
 * asked for it again (`second`, with its index in `rows`), in the order of `rows`.
 */
export function nameClashes(rows) {
  const kinds = [
    ['facade method', (r) => (typeof r.sdkMethod === 'string' ? `sobot.${r.group}.${r.sdkMethod}` : undefined)],
    ['CLI command', (r) => r.command],
    ['MCP tool', (r) => r.tool],
    ['import kind', (r) => r.importKind ?? undefined],
  ];
  const clashes = [];
  for (const [kind, nameOf] of kinds) {
    const taken = new Map(); // name → operationId
    rows.forEach((row, index) => {
      const name = nameOf(row);
      if (name === undefined) return;
      const first = taken.get(name);
      if (first === undefined) taken.set(name, row.operationId);
      else clashes.push({ kind, name, first, second: row.operationId, index });
    });
  }
  return clashes;
}

/** A clash as one sentence naming both operations. */
export function clashMessage({ kind, name, first, second }) {
  return `${first} and ${second} would both get the ${kind} ${name}`;
}
