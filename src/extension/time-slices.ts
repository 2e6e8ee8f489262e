/**
 * Long loops in the extension host (reading a library, listing a workspace, linting it) give the
 * event loop a turn every few milliseconds, so the editor's other work never waits long.
 */

/** How long a loop runs before it lets the extension host handle other work (ms). */
export const SLICE_MS = 8;

/** Resolves on a later turn of the event loop, after the I/O and messages already waiting. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A loop's pause point: `await pause()` in each iteration yields a turn once `ms` have passed since
 * the last one, and costs nothing before.
 */
export function timeSlices(ms = SLICE_MS): () => Promise<void> {
  let until = performance.now() + ms;
  return async () => {
    if (performance.now() <= until) return;
    await nextTurn();
    until = performance.now() + ms;
  };
}
