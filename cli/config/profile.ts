/**
 * Profiles: named connection settings in one JSON file, created owner-only (0600, directory
 * 0700) because it can hold the app secret or a token. A file others can read is refused, the
 * way ssh refuses a readable private key.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

export interface Profile {
  baseUrl?: string;
  appId?: string;
  appSecret?: string;
  token?: string;
}

interface ProfileFile { profiles: Record<string, Profile> }

export function profilePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOBOT_CC_CONFIG) return env.SOBOT_CC_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'sobot-cc', 'profiles.json');
}

export function readProfiles(path: string): ProfileFile {
  if (!existsSync(path)) return { profiles: {} };
  if (process.platform !== 'win32') {
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077) {
      throw new UsageError(`profile file ${path} can be read by other users (mode ${mode.toString(8).padStart(4, '0')}); run: chmod 600 ${path}`);
    }
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ProfileFile>;
    return { profiles: parsed.profiles ?? {} };
  } catch (e) {
    throw new UsageError(`profile file ${path} is not JSON: ${(e as Error).message}`);
  }
}

export function readProfile(path: string, name: string): Profile | undefined {
  return readProfiles(path).profiles[name];
}

/** Writes the whole file: a temporary file created 0600, then renamed over the old one. */
export function writeProfile(path: string, name: string, profile: Profile): void {
  const file = readProfiles(path);
  file.profiles[name] = profile;
  writeProfiles(path, file);
}

/** Removes one profile; false when there was none of that name (the file is then left as it was). */
export function deleteProfile(path: string, name: string): boolean {
  const file = readProfiles(path);
  if (!Object.hasOwn(file.profiles, name)) return false;
  delete file.profiles[name];
  writeProfiles(path, file);
  return true;
}

function writeProfiles(path: string, file: ProfileFile): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600); // the mode of writeFileSync is filtered by the umask; make it exact
  renameSync(tmp, path);
}

/** A secret shown without its value. */
export const mask = (v: string | undefined) => (v ? `set (${v.length} characters, not shown)` : 'not set');
