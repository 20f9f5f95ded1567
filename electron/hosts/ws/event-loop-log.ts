import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Opt-in event-loop delay log for benchmarks: with DOSSIER_EVENT_LOOP_LOG=<ms> (interval, e.g. 1000)
 * the serve process prints one `serve: event-loop p50=… p99=… max=… ms all-p99=… ms` line to stderr per
 * interval: the window's figures (its histogram is then reset) and the p99 of every delay since the log
 * began, so a driver (tests/bench/ui.bench.ts) can see both the worst windows and the delay
 * distribution over a whole phase. Off (and free) unless the variable is set. Returns the stop function.
 */
export function startEventLoopLog(env: NodeJS.ProcessEnv = process.env): () => void {
  const every = Number(env.DOSSIER_EVENT_LOOP_LOG);
  if (!Number.isFinite(every) || every <= 0) return () => undefined;
  const h = monitorEventLoopDelay({ resolution: 10 });
  // A second monitor that is never reset: the distribution over the whole run.
  const all = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  all.enable();
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  const timer = setInterval(() => {
    if (h.count > 0) {
      process.stderr.write(
        `serve: event-loop p50=${ms(h.percentile(50))} p99=${ms(h.percentile(99))} max=${ms(h.max)} ms ` +
          `all-p99=${ms(all.percentile(99))} ms\n`,
      );
    }
    h.reset();
  }, every);
  timer.unref();
  return () => {
    clearInterval(timer);
    h.disable();
    all.disable();
  };
}
