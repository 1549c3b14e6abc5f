/**
 * MCP progress for long tool calls (page walks, bulk imports): sent only when the client asked
 * for it with a progressToken, and only when the value rose — the protocol requires every
 * notification's progress to be higher than the last, and a client times out a call that stays
 * silent (the SDK's client resets its timeout on progress).
 */
export type SendProgress = (progress: number, total: number | undefined, message: string) => Promise<void>;

export class ProgressReporter {
  private last = -Infinity;

  constructor(private readonly send?: SendProgress) {}

  async report(progress: number, total: number | undefined, message: string): Promise<void> {
    if (!this.send || !(progress > this.last)) return;
    this.last = progress;
    try {
      await this.send(progress, total, message);
    } catch {
      // a progress note that cannot be delivered (the client went away) must not fail the call itself
    }
  }
}
