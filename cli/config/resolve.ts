/**
 * Where the CLI's connection comes from, first match wins: --base-url; the environment
 * (SOBOT_BASE_URL, SOBOT_TOKEN or SOBOT_APP_ID + SOBOT_APP_SECRET); the profile (--profile,
 * SOBOT_PROFILE, else `default`). Credentials are taken whole from one source, never mixed.
 */
import type { SobotClientOptions } from '../../src/client-core.js';
import { UsageError } from '../errors.js';
import { profilePath, readProfile, type Profile } from './profile.js';

export interface Connection {
  baseUrl: string;
  auth: Pick<SobotClientOptions, 'token' | 'credentials'>;
  /** where each part came from, for `--debug` and error messages (never the values) */
  from: { baseUrl: string; auth: string };
  /** the profile consulted and its file, for the message when credentials are missing */
  profile: { name: string; path: string; chosen: boolean };
}

function credentialsOf(p: { token?: string; appId?: string; appSecret?: string }) {
  if (p.token) return { token: p.token };
  if (p.appId && p.appSecret) return { credentials: { appId: p.appId, appSecret: p.appSecret } };
  return undefined;
}

export function resolveConnection(
  flags: { baseUrl?: string; profile?: string },
  env: NodeJS.ProcessEnv,
  servers: string[],
): Connection {
  const name = flags.profile ?? env.SOBOT_PROFILE ?? 'default';
  const path = profilePath(env);
  let profile: Profile | undefined;
  const loadProfile = () => (profile ??= readProfile(path, name) ?? {});
  if (flags.profile && !readProfile(path, flags.profile)) throw new UsageError(`no profile "${flags.profile}" in ${path} (create it with: sobot-cc profile set --profile ${flags.profile} ...)`);

  const envAuth = credentialsOf({ token: env.SOBOT_TOKEN, appId: env.SOBOT_APP_ID, appSecret: env.SOBOT_APP_SECRET });
  if (env.SOBOT_APP_ID && !env.SOBOT_APP_SECRET && !env.SOBOT_TOKEN) throw new UsageError('SOBOT_APP_ID is set but SOBOT_APP_SECRET is not');
  const auth = flags.profile ? credentialsOf(loadProfile()) : envAuth ?? credentialsOf(loadProfile());
  const authFrom = auth === envAuth && envAuth ? 'environment' : auth ? `profile ${name}` : 'none';

  const baseUrl = flags.baseUrl ?? (flags.profile ? loadProfile().baseUrl : env.SOBOT_BASE_URL ?? loadProfile().baseUrl);
  if (!baseUrl) {
    throw new UsageError(`no API address: set SOBOT_BASE_URL (one of ${servers.join(', ')}), pass --base-url, or save a profile (sobot-cc profile set)`);
  }
  const baseFrom = flags.baseUrl ? '--base-url' : !flags.profile && env.SOBOT_BASE_URL ? 'environment' : `profile ${name}`;
  return { baseUrl, auth: auth ?? {}, from: { baseUrl: baseFrom, auth: authFrom }, profile: { name, path, chosen: !!flags.profile } };
}

/** The one message for a secured call with no credentials anywhere: where it looked, and the commands that fix it. */
export function missingCredentials(command: string, conn: Connection): string {
  const p = conn.profile.name;
  const flag = p === 'default' ? '' : ` --profile ${p}`;
  const looked = conn.profile.chosen
    ? `profile "${p}" of ${conn.profile.path} has none`
    : `not in SOBOT_TOKEN or SOBOT_APP_ID + SOBOT_APP_SECRET, nor in profile "${p}" of ${conn.profile.path}`;
  return `${command} needs credentials, and none were found (${looked}): save them with \`sobot-cc profile set${flag} --app-id ID --app-secret -\` `
    + `(or \`--token -\`), or set SOBOT_TOKEN, or SOBOT_APP_ID and SOBOT_APP_SECRET`;
}
