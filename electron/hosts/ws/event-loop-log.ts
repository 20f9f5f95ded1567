import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Opt-in event-loop delay log for benchmarks: with DOSSIER_EVENT_LOOP_LOG=<ms> (interval, e.g. 1000)
 * the serve process prints one `serve: event-loop p50=… p99=… max=… ms` line to stderr per interval and
 * resets the histogram, so a driver (tests/bench/ui.bench.ts) can see the delay while indexing runs.
 * Off (and free) unless the variable is set. Returns the stop function.
 */
export function startEventLoopLog(env: NodeJS.ProcessEnv = process.env): () => void {
  const every = Number(env.DOSSIER_EVENT_LOOP_LOG);
  if (!Number.isFinite(every) || every <= 0) return () => undefined;
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  const timer = setInterval(() => {
    if (h.count > 0)
      process.stderr.write(
        `serve: event-loop p50=${ms(h.percentile(50))} p99=${ms(h.percentile(99))} max=${ms(h.max)} ms\n`,
      );
    h.reset();
  }, every);
  timer.unref();
  return () => {
    clearInterval(timer);
    h.disable();
  };
}
