/** At most `size` tasks at once; `run` resolves when the task has started, so the producer waits for a free slot. */
export class Pool {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly size: number) {}

  get inFlight(): number {
    return this.active;
  }

  async run(task: () => Promise<void>): Promise<void> {
    while (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    const p = task().finally(() => {
      this.active--;
      this.running.delete(p);
      this.waiting.shift()?.();
    });
    this.running.add(p);
  }

  /** Waits for every started task (tasks must not reject: they report their own failures). */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
