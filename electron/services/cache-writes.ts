/**
 * The cache writes of one open folder. A cache file written after its folder closed races the host's
 * exit (or a test removing its directory) and may leave a temp file behind; so closing a folder first
 * refuses new writes, then stops its workers, then waits for the writes already under way. The caches
 * are regenerable: a write refused at close is simply made again the next time the folder opens.
 */
export class CacheWrites {
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  /** Runs `write` unless the folder is closing; returns false (without running it) if it is. */
  run(write: () => Promise<void>): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    const work = write();
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return work.then(() => true);
  }

  /** True once {@link close} was called: long work for this folder may stop early. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Refuses new writes from now on. */
  close(): void {
    this.closed = true;
  }

  /** Resolves once no write is running. */
  async drain(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
