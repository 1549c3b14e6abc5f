/**
 * Per-attempt timeouts on one timer per client. A setTimeout + clearTimeout per attempt was the
 * largest cost sobot-cc added to a call on top of openapi-fetch (bench/RESULTS.md, "Per-call"):
 * here an attempt costs a Set entry, and the one timer is re-armed only when an attempt expires
 * sooner than the timer would fire. An expired timer that finds nothing to abort just stops. The
 * timer holds the process open only while attempts are in flight, so an idle client lets it exit.
 */
export const TIMEOUT = Symbol('sobot-attempt-timeout');

interface Entry {
  at: number;
  ctrl: AbortController;
}

export class AttemptTimeouts {
  private readonly live = new Set<Entry>();
  private timer?: ReturnType<typeof setTimeout>;
  private firesAt = Infinity;

  /** `ctrl` is aborted with TIMEOUT after `ms`, unless `stop` comes first. */
  start(ms: number, ctrl: AbortController): Entry {
    const e = { at: performance.now() + ms, ctrl };
    this.live.add(e);
    if (e.at < this.firesAt) this.arm(e.at);
    else if (this.live.size === 1) this.timer?.ref();
    return e;
  }

  stop(e: Entry): void {
    this.live.delete(e);
    if (this.live.size === 0) this.timer?.unref();
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.firesAt = at;
    this.timer = setTimeout(this.fire, Math.max(0, at - performance.now()));
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    this.firesAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const e of this.live) {
      if (e.at <= now) {
        this.live.delete(e);
        e.ctrl.abort(TIMEOUT);
      } else if (e.at < next) {
        next = e.at;
      }
    }
    if (next < Infinity) this.arm(next);
  };
}
