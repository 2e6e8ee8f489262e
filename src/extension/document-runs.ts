/**
 * The per-document bookkeeping that Copydesk's two diagnostics controllers share (Brand QA in
 * diagnostics.ts, prompt governance in library/governance-diagnostics.ts): a run as you type waits
 * for a pause (the debounce), and each run gets a generation, so that a run whose document was run
 * again, changed, closed or forgotten meanwhile drops its result instead of publishing stale
 * diagnostics.
 */
import type * as vscode from "vscode";

export class DocumentRuns implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly debounceMs: number) {}

  /** Runs `run` once the document `key` has been quiet for the debounce (each call restarts the wait). */
  schedule(key: string, run: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      run();
    }, this.debounceMs));
  }

  /**
   * Starts a run of `key` now: a scheduled one is cancelled and any run in flight is outdated.
   * Returns whether this run is still the latest when its result is ready.
   */
  start(key: string): () => boolean {
    const generation = this.outdate(key);
    return () => this.generations.get(key) === generation;
  }

  /** Cancels a scheduled run and outdates a run in flight (the document closed or went away). */
  forget(key: string): void {
    this.outdate(key);
  }

  private outdate(key: string): number {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
