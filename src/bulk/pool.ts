/**
 * At most `limit()` tasks at once (read at every start, so an AdaptiveLimit can move it), and
 * up to `ahead` more queued: `submit` resolves as soon as the task is running or queued, so the
 * producer prepares the next chunks while the slots are busy and a slot that frees is refilled
 * at once, not after the producer has built the next chunk.
 *
 * A task may ask to run again later (`{ again: ms }`, e.g. after a 429): its slot is freed for
 * the wait — a waiting call holds no slot — and it goes to the head of the queue when the wait
 * is over, ahead of chunks not sent yet. `pause(ms)` holds every start for a while (a server
 * that refuses even one call at a time).
 */
export type TaskResult = void | { again: number };
export type Task = () => Promise<TaskResult>;

export class Pool {
  private active = 0;
  private readonly queue: Task[] = [];
  /** producers waiting for room in the queue */
  private readonly room: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();
  /** tasks sleeping before another attempt: they count for drain() */
  private waiting = 0;
  private readonly idle: (() => void)[] = [];
  private pausedUntil = 0;

  constructor(
    private readonly limit: () => number,
    private readonly ahead: number,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  get inFlight(): number {
    return this.active;
  }

  async submit(task: Task): Promise<void> {
    while (this.queue.length >= this.ahead) await new Promise<void>((r) => this.room.push(r));
    this.queue.push(task);
    this.pump();
  }

  /** No task starts before `ms` from now (tasks running go on). */
  pause(ms: number): void {
    const until = this.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    void this.wait(ms).then(() => this.pump());
  }

  /** Ends a pause now (the import is stopping: the tasks only record themselves as not sent). */
  unpause(): void {
    this.pausedUntil = 0;
    this.pump();
  }

  private pump(): void {
    if (this.now() < this.pausedUntil) return;
    while (this.active < Math.max(1, this.limit()) && this.queue.length) {
      const task = this.queue.shift()!;
      this.room.shift()?.();
      this.active++;
      const p = task().then((r) => r, () => undefined).then((r) => {
        this.active--;
        this.running.delete(p);
        if (r && typeof r.again === 'number') this.later(task, r.again);
        this.pump();
        this.settleIdle();
      });
      this.running.add(p);
    }
  }

  private later(task: Task, ms: number): void {
    this.waiting++;
    void this.wait(Math.max(0, ms)).then(() => {
      this.waiting--;
      this.queue.unshift(task);
      this.pump();
    });
  }

  private settleIdle(): void {
    if (this.running.size || this.waiting || this.queue.length) return;
    for (const r of this.idle.splice(0)) r();
  }

  /** Waits for every queued, running and waiting task (tasks report their own failures; a rejection is dropped). */
  async drain(): Promise<void> {
    if (!this.running.size && !this.waiting && !this.queue.length) return;
    await new Promise<void>((r) => {
      this.idle.push(r);
      this.pump();
    });
  }
}
