/** `sobot-cc mock`: the contract served by Prism on 127.0.0.1 until Ctrl-C. */
import type { Context } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { startPrism } from '../mock/prism.js';

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
    ].join('\n'));
    return EXIT.ok;
  }
  const portText = ctx.flags.value('port') ?? ctx.io.env.SOBOT_MOCK_PORT ?? '4010';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a port number (0-65535), got "${portText}"`);
  const unused = ctx.flags.unused();
  if (unused.length) throw new UsageError(`unknown flag --${unused[0]} for mock`);
  const prism = await startPrism({ port: Number(portText) });
  ctx.io.out(`Prism mock of openapi.yaml listening on ${prism.url} (Ctrl-C stops it)\n`
    + `  try: SOBOT_BASE_URL=${prism.url} SOBOT_TOKEN=mock-token sobot-cc search-call-agents\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await prism.stop();
  return EXIT.ok;
}
