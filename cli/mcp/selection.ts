/**
 * `--read-only`, `--allow` and `--deny`: which tools a server offers. Names are operationIds,
 * tool names or tags, matched without regard to case, `-`, `_` or spaces (`skill-groups` is the
 * tag "Skill groups"). A name that matches nothing is refused: a typo in a deny list would
 * otherwise leave a write tool offered.
 */
import { UsageError } from '../errors.js';
import type { SobotTool } from './tools.js';

export interface Selection {
  readOnly?: boolean;
  allow?: string[];
  deny?: string[];
}

const key = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, '');

function matcher(tools: SobotTool[], flag: string, names: string[]): (t: SobotTool) => boolean {
  const wanted = names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean);
  const tags = [...new Set(tools.map((t) => t.op.tag))];
  for (const n of wanted) {
    const k = key(n);
    if (!tools.some((t) => key(t.op.operationId) === k || key(t.name) === k || key(t.op.tag) === k)) {
      throw new UsageError(`--${flag} "${n}" is neither an operation nor a tag; tags: ${tags.join(', ')}; operations: ${tools.map((t) => t.op.operationId).join(', ')}`);
    }
  }
  const keys = new Set(wanted.map(key));
  return (t) => keys.has(key(t.op.operationId)) || keys.has(key(t.name)) || keys.has(key(t.op.tag));
}

export function selectTools(tools: SobotTool[], s: Selection): SobotTool[] {
  let out = tools;
  if (s.allow?.length) {
    const allowed = matcher(tools, 'allow', s.allow);
    if (s.readOnly) {
      // a write named on its own (not through its tag) cannot be offered by a read-only server: say so
      const named = s.allow.flatMap((n) => n.split(',')).map(key);
      const write = tools.find((t) => !t.op.safe && (named.includes(key(t.op.operationId)) || named.includes(key(t.name))));
      if (write) throw new UsageError(`--allow ${write.op.operationId} writes, and --read-only offers no tool that writes`);
    }
    out = out.filter(allowed);
  }
  if (s.deny?.length) {
    const denied = matcher(tools, 'deny', s.deny);
    out = out.filter((t) => !denied(t));
  }
  if (s.readOnly) out = out.filter((t) => t.op.safe);
  if (!out.length) throw new UsageError('no tool is left to offer after --allow, --deny and --read-only');
  return out;
}
