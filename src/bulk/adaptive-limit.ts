/**
 * How many chunk calls to keep in flight against a server whose limit nobody told us (Sobot
 * publishes none): additive increase, multiplicative decrease, with a memory of where the server
 * last refused.
 *
 * - No refusal seen yet: one more call in flight per window of successes (a window = as many
 *   successes as calls in flight) — additive increase, so an overshoot costs one 429.
 * - A 429: the limit is halved (at most once per window: refusals of calls sent before the cut
 *   say nothing new) and the level that was refused becomes the `ceiling`.
 * - Below the ceiling the limit climbs back one per success (the server just proved it takes
 *   that many), and stops one short of the ceiling.
 * - At the ceiling it probes one above only after `probeWindows` windows without a refusal; a
 *   refused probe only steps back to one below (it says what the last refusal said) and doubles
 *   that wait (up to 32 windows); a window of successes at the probe lifts the ceiling, and
 *   growth goes on one per window (additive increase). So a steady limit N is held at N with a
 *   refusal every few hundred calls, not every few dozen as plain AIMD (which also averages ¾ of
 *   N) would; a limit that drops is followed down by halving.
 *
 * Measured against a server with a hidden limit in bench/cases/bulk-adaptive.ts.
 */

export interface AdaptiveLimitOptions {
  /** calls in flight at the start (default 4, never above `max`) */
  initial?: number;
  /** never more than this many (the caller's `concurrency`) */
  max: number;
}

/** What the pool noted when it sent a call, handed back when the call ends. */
export interface SendTicket {
  /** order of sending, to tell refusals of calls sent before a cut from those after it */
  seq: number;
  /** calls in flight, this one included, when it was sent */
  inFlight: number;
  /** the limit at that moment */
  limit: number;
}

const MAX_PROBE_WINDOWS = 32;

export class AdaptiveLimit {
  private current: number;
  private readonly max: number;
  /** the in-flight level the server last refused (Infinity: none refused, or a probe above it passed) */
  private ceiling = Infinity;
  private credit = 0;
  private probeWindows = 2;
  private seq = 0;
  private lastCutSeq = -1;
  /** every refusal (429) seen, for the report */
  refusals = 0;
  /** the highest limit reached */
  peak: number;

  constructor(o: AdaptiveLimitOptions) {
    this.max = Math.max(1, Math.floor(o.max));
    this.current = Math.min(this.max, Math.max(1, Math.floor(o.initial ?? 4)));
    this.peak = this.current;
  }

  get limit(): number {
    return this.current;
  }

  /** Call when a call is sent; `inFlight` counts it. */
  sent(inFlight: number): SendTicket {
    return { seq: this.seq++, inFlight, limit: this.current };
  }

  /** The server took the call (any answer but a 429). */
  succeeded(t: SendTicket): void {
    // only a call sent with every slot in use says the server can take that many
    if (t.inFlight < t.limit) return;
    this.credit++;
    if (this.ceiling !== Infinity && this.current >= this.ceiling) {
      // probing at or above the refused level: a whole window of it passing lifts the ceiling.
      // One success is not enough: the client counts a call in flight until it has read the
      // answer, so a call can pass at one above the server's limit while an answer travels.
      if (this.credit >= this.current) {
        this.ceiling = Infinity;
        this.probeWindows = 2;
        this.grow();
      }
      return;
    }
    // one more per window; below a known ceiling one per success; at it, a probe only after
    // `probeWindows` windows. (Not one per success from the start, as TCP's slow start: calls
    // start in lockstep, a window of answers arrives at once, and the doubling overshot the
    // server's limit by a whole window of refusals in bench/cases/bulk-adaptive.ts.)
    const needed = this.ceiling === Infinity ? this.current : this.current + 1 < this.ceiling ? 1 : this.current * this.probeWindows;
    if (this.credit >= needed) this.grow();
  }

  private grow(): void {
    this.credit = 0;
    if (this.current >= this.max) return;
    this.current++;
    this.peak = Math.max(this.peak, this.current);
  }

  /** The server refused the call with a 429. Returns true when this refusal cut the limit. */
  refused(t: SendTicket): boolean {
    this.refusals++;
    if (t.seq <= this.lastCutSeq) return false;
    const probe = this.ceiling !== Infinity && this.current >= this.ceiling && t.inFlight >= this.ceiling;
    this.credit = 0;
    this.lastCutSeq = this.seq - 1;
    if (probe) {
      // a refused probe says what the last refusal said: back to one below, and wait longer before the next
      this.probeWindows = Math.min(MAX_PROBE_WINDOWS, this.probeWindows * 2);
      this.current = Math.max(1, this.ceiling - 1);
      return true;
    }
    this.ceiling = Math.max(1, Math.min(t.inFlight, this.current + 1));
    this.current = Math.max(1, Math.floor(Math.min(this.current, t.inFlight) / 2));
    this.credit = 0;
    this.lastCutSeq = this.seq - 1;
    return true;
  }
}
