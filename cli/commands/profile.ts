/** `sobot-cc profile set|show`: connection settings in a 0600 file; secrets read from stdin, never printed. */
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { mask, profilePath, readProfile, writeProfile, type Profile } from '../config/profile.js';
import { readSecret } from '../config/secret-input.js';

const HELP = [
  'sobot-cc profile set [--profile NAME] [--base-url URL] [--app-id ID] [--app-secret -] [--token -]',
  'sobot-cc profile show [--profile NAME]',
  '',
  'Saves connection settings under NAME (default "default") in $SOBOT_CC_CONFIG, else',
  '$XDG_CONFIG_HOME/sobot-cc/profiles.json (~/.config/...), created with mode 0600.',
  'Secrets are read from standard input (`--app-secret -` or `--token -`; a prompt without echo on a',
  'terminal), so they stay out of shell history and the process list; they are never printed.',
  '',
].join('\n');

export async function runProfile(ctx: Context, action: string | undefined): Promise<number> {
  const { flags, io } = ctx;
  if (flags.has('help') || !action) {
    io.out(HELP);
    return action || flags.has('help') ? EXIT.ok : EXIT.usage;
  }
  const name = flags.value('profile') ?? io.env.SOBOT_PROFILE ?? 'default';
  const path = profilePath(io.env);
  if (action === 'show') {
    const p = readProfile(path, name);
    if (!p) throw new UsageError(`no profile "${name}" in ${path}`);
    io.out(`profile ${name} (${path})\n  baseUrl    ${p.baseUrl ?? 'not set'}\n  appId      ${p.appId ?? 'not set'}\n  appSecret  ${mask(p.appSecret)}\n  token      ${mask(p.token)}\n`);
    return EXIT.ok;
  }
  if (action !== 'set') throw new UsageError(`profile ${action}: use "profile set" or "profile show"`);
  const next: Profile = { ...readProfile(path, name) };
  const baseUrl = flags.value('base-url');
  if (baseUrl !== undefined) next.baseUrl = baseUrl;
  const appId = flags.value('app-id');
  if (appId !== undefined) next.appId = appId;
  for (const [flag, key, prompt] of [['app-secret', 'appSecret', 'App secret: '], ['token', 'token', 'Token: ']] as const) {
    const v = flags.value(flag);
    if (v === undefined) continue;
    if (v !== '-') throw new UsageError(`--${flag} takes "-" and reads the value from standard input, so it stays out of shell history and the process list`);
    const secret = await readSecret(prompt);
    if (!secret) throw new UsageError(`--${flag} -: standard input gave an empty value`);
    next[key] = secret;
  }
  const unused = flags.unused();
  if (unused.length) throw new UsageError(`unknown flag --${unused[0]} for profile set`);
  writeProfile(path, name, next);
  io.out(`saved profile ${name} to ${path} (mode 0600): baseUrl ${next.baseUrl ?? 'not set'}, appId ${next.appId ?? 'not set'}, appSecret ${mask(next.appSecret)}, token ${mask(next.token)}\n`);
  return EXIT.ok;
}
