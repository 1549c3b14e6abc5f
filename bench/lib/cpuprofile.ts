/** Summarises a V8 .cpuprofile: self time per category and per function. */

export interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
export interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export function category(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'V8/native (unattributed)';
  if (url.includes('internal/deps/undici')) return 'fetch: Node built-in undici';
  if (url.includes('node_modules/undici/')) return 'undici 7 (npm)';
  if (url.includes('node_modules/openapi-fetch/')) return 'openapi-fetch';
  if (url.includes('node_modules/axios/')) return 'axios';
  if (/\/(src|generated)\//.test(url) || url.includes('/dist/esm/')) return 'sobot-cc';
  if (url.includes('/bench/')) return 'bench harness';
  if (url.includes('node_modules/tsx/')) return 'tsx loader';
  if (url.startsWith('node:') || url === '') return 'Node internals (http, net, streams, timers, …)';
  return 'other';
}

export interface Summary {
  totalUs: number;
  idleUs: number;
  byCategory: Map<string, number>;
  byFunction: Map<string, { us: number; cat: string }>;
}

/** Self time; a builtin without a URL (JSON.parse, Promise internals…) counts for its nearest caller that has one. */
export function summarise(p: Profile): Summary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const owner = (id: number): Node => {
    let n = byId.get(id)!;
    const fn = n.callFrame.functionName;
    if (fn.startsWith('(')) return n;
    while (!n.callFrame.url && parent.has(n.id)) {
      const up = byId.get(parent.get(n.id)!)!;
      if (up.callFrame.functionName === '(root)') break;
      n = up;
    }
    return n;
  };
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, { us: number; cat: string }>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const o = owner(id);
    const cat = category(o.callFrame.url, o.callFrame.functionName);
    if (cat === 'idle') {
      idleUs += us;
      continue;
    }
    totalUs += us;
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + us);
    const file = node.callFrame.url.replace(/^.*\/(node_modules\/|src\/|generated\/|bench\/)/, '$1').replace(/^node:internal\/deps\//, '');
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file ? `${file}:${node.callFrame.lineNumber + 1}` : '(native)'}`;
    const f = byFunction.get(key) ?? { us: 0, cat };
    f.us += us;
    byFunction.set(key, f);
  }
  return { totalUs, idleUs, byCategory, byFunction };
}
