/** Writes a deterministic calling-list CSV (unique telephones) for the bulk benchmark; cached. */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ROOT } from './proc.js';

export const CSV_HEADER = 'telephone,name,allocationAgent,description';

export async function callingListCsv(rows: number): Promise<{ path: string; bytes: number }> {
  const dir = join(ROOT, '.tmp/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `calling-list-${rows}.csv`);
  if (!existsSync(path)) {
    const tmp = `${path}.part`;
    const out = createWriteStream(tmp);
    out.write(`${CSV_HEADER}\n`);
    for (let i = 0; i < rows; i++) {
      // 11-digit numbers, a quoted cell with a comma every 7th row, an empty cell every 5th
      const phone = String(13_800_000_000 + i);
      const name = i % 7 === 0 ? `"Customer ${i}, VIP"` : `Customer ${i}`;
      const agent = i % 5 === 0 ? '' : String(12_000 + (i % 50));
      const line = `${phone},${name},${agent},imported by the bench row ${i}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const { renameSync } = await import('node:fs');
    renameSync(tmp, path);
  }
  return { path, bytes: statSync(path).size };
}
