/**
 * At most `size` tasks at once, and up to `ahead` more queued: `submit` resolves as soon as the
 * task is running or queued, so the producer prepares the next chunks while the slots are busy
 * and a slot that frees is refilled at once, not after the producer has built the next chunk.
 */
export class Pool {
  private active = 0;
  private readonly queue: (() => Promise<void>)[] = [];
  /** producers waiting for room in the queue */
  private readonly room: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly size: number, private readonly ahead: number) {}

  get inFlight(): number {
    return this.active;
  }

  async submit(task: () => Promise<void>): Promise<void> {
    while (this.active >= this.size && this.queue.length >= this.ahead) await new Promise<void>((r) => this.room.push(r));
    this.queue.push(task);
    this.pump();
  }

  private pump(): void {
    while (this.active < this.size && this.queue.length) {
      const task = this.queue.shift()!;
      this.active++;
      const p = task().finally(() => {
        this.active--;
        this.running.delete(p);
        this.pump();
        this.room.shift()?.();
      });
      this.running.add(p);
    }
  }

  /** Waits for every queued and started task (tasks must not reject: they report their own failures). */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
