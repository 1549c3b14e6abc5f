/** `sobot-cc mock`: the contract served by Prism on 127.0.0.1 until Ctrl-C, or until Prism stops (then says why). */
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { MOCK_FLAGS } from '../args/globals.js';
import { refuseUnknownFlags } from '../args/unknown.js';
import { lastErrorLine, MockError, startPrism } from '../mock/prism.js';

export async function runMock(ctx: Context): Promise<number> {
  if (ctx.flags.has('help')) {
    ctx.io.out([
      'sobot-cc mock [--port N] — serve openapi.yaml with the Prism mock on 127.0.0.1',
      '',
      '  --port N   port to listen on (default SOBOT_MOCK_PORT, else 4010; 0 picks a free one)',
      '',
      'Every operation answers with its example. Point the CLI at it:',
      '  SOBOT_BASE_URL=http://127.0.0.1:4010 SOBOT_TOKEN=mock-token sobot-cc search-call-agents',
      '',
      'Prism is an optional peer of sobot-cc (about 90 MB): sobot-cc mock names the command that installs it when it is missing.',
      'Exit codes: 0 stopped by SIGTERM · 130 stopped by Ctrl-C · 1 Prism could not start or stopped by itself (its error on stderr)',
      '',
    ].join('\n'));
    return EXIT.ok;
  }
  const portText = ctx.flags.value('port') ?? ctx.io.env.SOBOT_MOCK_PORT ?? '4010';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a port number (0-65535), got "${portText}"`);
  refuseUnknownFlags(ctx, MOCK_FLAGS);
  if (ctx.rest.length) throw new UsageError(`unexpected argument "${ctx.rest[0]}"`);

  // Ctrl-C while Prism starts: stop it as well once it is up (a listener also keeps Node from dying by the signal)
  let interrupted = false;
  const onStartInterrupt = () => { interrupted = true; };
  process.on('SIGINT', onStartInterrupt);
  let prism;
  try {
    prism = await startPrism({ port: Number(portText) });
  } catch (e) {
    if (e instanceof MockError) {
      ctx.io.err(`sobot-cc: ${e.message}\n`);
      return interrupted ? EXIT.interrupted : EXIT.api;
    }
    throw e;
  } finally {
    process.off('SIGINT', onStartInterrupt);
  }
  if (interrupted) {
    await prism.stop();
    return EXIT.interrupted;
  }
  ctx.io.out(`Prism mock of openapi.yaml listening on ${prism.url} (Ctrl-C stops it)\n`
    + `  try: SOBOT_BASE_URL=${prism.url} SOBOT_TOKEN=mock-token sobot-cc search-call-agents\n`);
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  const outcome = await Promise.race([signal, prism.exited.then((exit) => ({ exit }))]);
  if (typeof outcome === 'object') {
    // Prism stopped by itself: without this, the await above would never settle and Node would exit 13, silently
    const how = outcome.exit.signal ? `signal ${outcome.exit.signal}` : `exit code ${outcome.exit.code}`;
    ctx.io.err(`sobot-cc: the Prism mock stopped (${how}): ${lastErrorLine(prism.output())}\n`);
    return EXIT.api;
  }
  await prism.stop();
  return outcome === 'SIGINT' ? EXIT.interrupted : EXIT.ok;
}
