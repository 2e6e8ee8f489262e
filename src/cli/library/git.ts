/** The git calls of `copydesk library`: the base version of a file, and the user's identity. Git runs only here. */
import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";

function git(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    execFile("git", [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : 127) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** Whether `ref` names a commit in the repository that holds `cwd`. */
export async function isRevision(ref: string, cwd: string): Promise<boolean> {
  if (ref.startsWith("-")) return false;
  return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd)).code === 0;
}

/** A reader of files as they were at `ref` (undefined when the file did not exist there). */
export function baseReader(ref: string): (path: string) => Promise<string | undefined> {
  return async (path) => {
    const out = await git(["show", `${ref}:./${basename(path)}`], dirname(path));
    return out.code === 0 ? out.stdout : undefined;
  };
}

/** "Name <email>" from git's `user.name` and `user.email`, or undefined when neither is set. */
export async function gitIdentity(cwd: string): Promise<string | undefined> {
  const name = (await git(["config", "user.name"], cwd)).stdout.trim();
  const email = (await git(["config", "user.email"], cwd)).stdout.trim();
  if (!name && !email) return undefined;
  return email ? `${name || email} <${email}>` : name;
}
