/**
 * The edit session's one queue of store writes: each runs after the one before has settled, so a
 * write's base value is what the previous write stored, and a failure never stops later writes.
 * `size` counts writes queued or running, for the screen's save state.
 */
export class WriteChain {
  private tail: Promise<unknown> = Promise.resolve();
  private running = 0;

  constructor(private readonly onSizeChange: () => void) {}

  get size(): number {
    return this.running;
  }

  run<T>(write: () => Promise<T>): Promise<T> {
    this.running += 1;
    this.onSizeChange();
    const result = this.tail.then(write);
    this.tail = result.catch(() => undefined);
    void this.tail.finally(() => {
      this.running -= 1;
      this.onSizeChange();
    });
    return result;
  }

  /** Resolves once every write queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
