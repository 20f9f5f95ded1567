/**
 * Long work on the services thread (grouping copies, building the entity model, detecting issues,
 * reading caches) runs in time slices: one piece of several seconds would hold every other request and
 * the event-loop delay target of 50 ms hostage.
 */

/** Longest stretch of work before other requests get a turn (ms). */
export const SLICE_MS = 12;

/** Lets the event loop run now. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A function to await between small steps: it lets the event loop run once `sliceMs` have passed. */
export function pauser(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}

/** Runs a generator of small steps to its result, letting the event loop run every `sliceMs`. */
export async function runSliced<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
  const pause = pauser(sliceMs);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
  }
}
