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

  // Signals are handled from before Prism starts until it has stopped, every one of them: the
  // first decides the exit code (Ctrl-C 130, SIGTERM 0); a repeat, e.g. from a terminal's process
  // group while Prism shuts down, must not kill the command before Prism is gone.
  let stopSignal: NodeJS.Signals | undefined;
  let wake: (() => void) | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    stopSignal ??= s;
    wake?.();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const stoppedBy = (s: NodeJS.Signals) => (s === 'SIGINT' ? EXIT.interrupted : EXIT.ok);
  try {
    let prism;
    try {
      prism = await startPrism({ port: Number(portText) });
    } catch (e) {
      if (!(e instanceof MockError)) throw e;
      ctx.io.err(`sobot-cc: ${e.message}\n`);
      return stopSignal ? stoppedBy(stopSignal) : EXIT.api;
    }
    if (!stopSignal) {
      ctx.io.out(`Prism mock of openapi.yaml listening on ${prism.url} (Ctrl-C stops it)\n`
        + `  try: SOBOT_BASE_URL=${prism.url} SOBOT_TOKEN=mock-token sobot-cc search-call-agents\n`);
      const signalled = new Promise<'signal'>((resolve) => {
        wake = () => resolve('signal');
      });
      const outcome = await Promise.race([signalled, prism.exited.then((exit) => ({ exit }))]);
      if (outcome !== 'signal') {
        // Prism stopped by itself: without this, the command would wait on a promise nothing settles, and Node would exit 13, silently
        const how = outcome.exit.signal ? `signal ${outcome.exit.signal}` : `exit code ${outcome.exit.code}`;
        ctx.io.err(`sobot-cc: the Prism mock stopped (${how}): ${lastErrorLine(prism.output())}\n`);
        return EXIT.api;
      }
    }
    await prism.stop();
    return stoppedBy(stopSignal!);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
