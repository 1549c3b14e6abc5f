/**
 * Ctrl-C exits 130 (128 + SIGINT), the shell convention scripts test for. Node's own default
 * would end the process by the signal itself, which a parent sees as no exit code at all.
 * Commands with something to finish first (import: the report and checkpoint; mock: Prism)
 * handle SIGINT themselves and return EXIT.interrupted.
 */
let installed = false;

export function exitOnInterrupt(): void {
  if (installed) return;
  installed = true;
  // a single call has nothing to flush: nothing was written locally, and the server's answer is lost either way
  process.once('SIGINT', () => process.exit(130));
}
