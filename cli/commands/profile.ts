/** `sobot-cc profile set|show|list|delete`: connection settings in a 0600 file; secrets read from stdin, never printed. */
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { deleteProfile, mask, profilePath, readProfile, readProfiles, writeProfile, type Profile } from '../config/profile.js';
import { readSecret } from '../config/secret-input.js';
import { PROFILE_ACTIONS, PROFILE_FLAGS } from '../args/globals.js';
import { didYouMean } from '../args/suggest.js';
import { refuseUnknownFlags } from '../args/unknown.js';
import { listTable } from '../output/table.js';
import { asJson, outputMode } from '../output/render.js';

const HELP = [
  'sobot-cc profile set [--profile NAME] [--base-url URL] [--app-id ID] [--app-secret -] [--token -]',
  'sobot-cc profile show [--profile NAME]',
  'sobot-cc profile list [--json]',
  'sobot-cc profile delete NAME',
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
  const path = profilePath(io.env);
  if (action === 'list') {
    const mode = outputMode({ json: flags.has('json'), output: flags.value('output') }, io.stdoutIsTTY);
    refuseUnknownFlags(ctx, ['json', 'output', 'help']);
    // which secrets are set, never their values (nor their lengths: a list is often pasted into tickets)
    const rows = Object.entries(readProfiles(path).profiles).map(([name, p]) => ({
      name, baseUrl: p.baseUrl ?? null, appId: p.appId ?? null, appSecret: p.appSecret ? 'set' : null, token: p.token ? 'set' : null,
    }));
    if (mode === 'json') io.out(asJson(rows));
    else io.out(rows.length ? `${listTable(rows)}\n\n${rows.length} profile${rows.length === 1 ? '' : 's'} in ${path}\n` : `no profiles in ${path} (create one with: sobot-cc profile set)\n`);
    return EXIT.ok;
  }
  if (action === 'delete') {
    const target = ctx.rest[0] ?? flags.value('profile');
    refuseUnknownFlags(ctx, ['profile', 'help']);
    if (!target) throw new UsageError('profile delete needs the profile\'s name: sobot-cc profile delete NAME (sobot-cc profile list shows them)');
    if (ctx.rest.length > 1) throw new UsageError(`unexpected argument "${ctx.rest[1]}"`);
    if (!deleteProfile(path, target)) {
      throw new UsageError(`no profile "${target}" in ${path}${didYouMean(target, Object.keys(readProfiles(path).profiles))}`);
    }
    io.out(`deleted profile ${target} from ${path}\n`);
    return EXIT.ok;
  }
  const name = flags.value('profile') ?? io.env.SOBOT_PROFILE ?? 'default';
  if (action === 'show') {
    const p = readProfile(path, name);
    if (!p) throw new UsageError(`no profile "${name}" in ${path}`);
    io.out(`profile ${name} (${path})\n  baseUrl    ${p.baseUrl ?? 'not set'}\n  appId      ${p.appId ?? 'not set'}\n  appSecret  ${mask(p.appSecret)}\n  token      ${mask(p.token)}\n`);
    return EXIT.ok;
  }
  if (action !== 'set') throw new UsageError(`profile ${action}: no such action; use one of ${PROFILE_ACTIONS.join(', ')}${didYouMean(action, PROFILE_ACTIONS)}`);
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
  refuseUnknownFlags(ctx, PROFILE_FLAGS);
  writeProfile(path, name, next);
  io.out(`saved profile ${name} to ${path} (mode 0600): baseUrl ${next.baseUrl ?? 'not set'}, appId ${next.appId ?? 'not set'}, appSecret ${mask(next.appSecret)}, token ${mask(next.token)}\n`);
  return EXIT.ok;
}
