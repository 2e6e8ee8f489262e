/** Child processes the harness started, killed by process id (and process group) on every exit path. */
const groups = new Set<number>();

/** Registers a process started with `detached: true` (its own process group). */
export function track(pid: number): void {
  groups.add(pid);
}

export function untrack(pid: number): void {
  groups.delete(pid);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals the process group led by `pid`, falling back to the process alone. */
export function killTree(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM, then SIGKILL after `graceMs` if still alive. */
export async function stop(pid: number, graceMs = 3000): Promise<void> {
  killTree(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) killTree(pid, "SIGKILL");
  untrack(pid);
}

/** Last resort on exit: SIGKILL whatever is still tracked (synchronous, safe in an 'exit' handler). */
export function killAllTracked(): void {
  for (const pid of groups) killTree(pid, "SIGKILL");
  groups.clear();
}
