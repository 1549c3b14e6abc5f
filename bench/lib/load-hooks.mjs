// Module hooks for the cold-import check: records every module URL Node loads into the file
// named by BENCH_LOADED_LOG (one per line). Registered by lib/record-loads.mjs.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (process.env.BENCH_LOADED_LOG) appendFileSync(process.env.BENCH_LOADED_LOG, `${url}\n`);
  return nextLoad(url, context);
}
