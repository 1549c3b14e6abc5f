/**
 * `--read-only`, `--allow` and `--deny`: a read-only server lists no tool that writes and
 * refuses to run one (nothing reaches the simulator); allow/deny take operationIds, tool names
 * and tags, and a name that matches nothing is an error rather than a silent no-op.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSpec } from '../../cli/spec/load.js';
import { buildTools } from '../../cli/mcp/tools.js';
import { selectTools } from '../../cli/mcp/selection.js';
import { startMcpSession, type McpSession } from './support.js';

type Obj = Record<string, any>;
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Obj;
const ops = Object.values(spec.paths as Obj).flatMap((item) => Object.values(item as Obj)).filter((o) => o && typeof o === 'object' && o.operationId) as Obj[];
const snake = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const reads = ops.filter((o) => o['x-sobot-safe'] === true && o.operationId !== 'createCompanyToken').map((o) => snake(o.operationId)).sort();
const writes = ops.filter((o) => o['x-sobot-safe'] !== true).map((o) => snake(o.operationId)).sort();

describe('--read-only', () => {
  let s: McpSession;
  beforeAll(async () => { s = await startMcpSession({ readOnly: true }); });
  afterAll(() => s?.close());

  it('lists every read and no write', async () => {
    expect(writes.length).toBeGreaterThan(5);
    const names = (await s.client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(reads);
    expect(s.client.getInstructions()).toContain('This server is read-only (--read-only): no tool changes anything.');
  });

  it.each(writes)('refuses to run %s, and nothing is sent', async (name) => {
    s.sim.reset();
    await expect(s.client.callTool({ name, arguments: {} })).rejects.toThrow(/not offered by this server \(it writes, and the server is read-only\)/);
    expect(s.sim.requests()).toEqual([]);
  });
});

describe('--allow and --deny', () => {
  let all: ReturnType<typeof buildTools>;
  beforeAll(async () => { all = buildTools(await loadSpec()); });
  const names = (sel: Parameters<typeof selectTools>[1]) => selectTools(all, sel).map((t) => t.name).sort();

  it('take tags (any case, - or _ for spaces), operationIds and tool names, repeated or comma-separated', () => {
    expect(names({ allow: ['skill-groups'] })).toEqual(['create_skill_group', 'delete_skill_group', 'search_skill_group_members', 'search_skill_groups', 'update_skill_group_members']);
    expect(names({ allow: ['Skill groups'], deny: ['deleteSkillGroup,update_skill_group_members'] })).toEqual(['create_skill_group', 'search_skill_group_members', 'search_skill_groups']);
    expect(names({ allow: ['searchExtensions', 'create_extension'] })).toEqual(['create_extension', 'search_extensions']);
    expect(names({ allow: ['skill_groups'], readOnly: true })).toEqual(['search_skill_group_members', 'search_skill_groups']);
  });

  it('refuse a name that is neither an operation nor a tag, naming the valid ones', () => {
    expect(() => names({ deny: ['deleteSkilGroup'] })).toThrow(/--deny "deleteSkilGroup" is neither an operation nor a tag; tags: Agents, Skill groups/);
  });

  it('refuse a write named with --read-only, and a selection that leaves nothing', () => {
    expect(() => names({ allow: ['createSkillGroup'], readOnly: true })).toThrow(/--allow createSkillGroup writes, and --read-only offers no tool that writes/);
    expect(() => names({ allow: ['Numbers'], deny: ['Numbers'] })).toThrow(/no tool is left/);
  });
});
