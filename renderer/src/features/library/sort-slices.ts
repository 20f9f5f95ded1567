/**
 * Sorting 100k library rows with a locale collator takes seconds of main-thread time in one piece (the
 * 100k bench measured a 3.7 s task on "sort by title"). This merge sort does the same work in slices of a
 * few milliseconds, yielding to the browser between them, so the page keeps scrolling and typing.
 * The result is exactly `[...items].sort(cmp)` (both are stable).
 */

/** Rows sorted with Array.prototype.sort before the merge passes. */
const RUN = 1024;
/** Comparisons between two checks of the clock. */
const CHECK_EVERY = 2048;

/** The sort as a generator: it yields whenever it has done some work, the driver decides when to pause. */
export function* mergeSortSteps<T>(
  items: readonly T[],
  cmp: (a: T, b: T) => number,
): Generator<void, T[], void> {
  const n = items.length;
  let src = items.slice();
  let dst = new Array<T>(n);
  for (let lo = 0; lo < n; lo += RUN) {
    const run = src.slice(lo, lo + RUN).sort(cmp);
    for (let k = 0; k < run.length; k++) src[lo + k] = run[k]!;
    yield;
  }
  let work = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Take from the right only when strictly smaller: equal rows keep their order (stable).
        dst[k++] = cmp(src[j]!, src[i]!) < 0 ? src[j++]! : src[i++]!;
        if (++work % CHECK_EVERY === 0) yield;
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** Waits for the browser to run other tasks (input, paint) before the next slice. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Runs a generator to its end in slices of at most `budgetMs` between pauses. */
export async function runInSlices<R>(steps: Generator<void, R, void>, budgetMs = 8): Promise<R> {
  let sliceStart = performance.now();
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    if (performance.now() - sliceStart > budgetMs) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}
