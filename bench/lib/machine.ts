/** A description of the machine the numbers were taken on. */
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { ROOT } from './proc.js';

export interface Machine {
  cpu: string;
  cores: number;
  mhz: number;
  memGiB: number;
  freeGiB: number;
  os: string;
  node: string;
  v8: string;
  loadavg: number[];
  git: string;
  date: string;
}

function gitRev(): string {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (+ uncommitted changes)' : '';
    return rev + dirty;
  } catch {
    return 'unknown';
  }
}

function distro(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    return m ? m[1] : '';
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    mhz: c[0]?.speed ?? 0,
    memGiB: totalmem() / 2 ** 30,
    freeGiB: freemem() / 2 ** 30,
    os: `${osType()} ${release()}${distro() ? `, ${distro()}` : ''}`,
    node: process.version,
    v8: process.versions.v8,
    loadavg: loadavg(),
    git: gitRev(),
    date: new Date().toISOString(),
  };
}

export function machineMarkdown(m: Machine, loadAfter?: number[]): string {
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  return [
    `- CPU: ${m.cpu}, ${m.cores} logical cores${m.mhz ? ` @ ${m.mhz} MHz` : ''}`,
    `- memory: ${m.memGiB.toFixed(1)} GiB (${m.freeGiB.toFixed(1)} GiB free at start)`,
    `- OS: ${m.os}`,
    `- Node ${m.node} (V8 ${m.v8})`,
    `- load average (1/5/15 min) at start: ${la(m.loadavg)}${loadAfter ? `; at end: ${la(loadAfter)}` : ''}`,
    `- commit: ${m.git}; run at ${m.date}`,
  ].join('\n');
}
