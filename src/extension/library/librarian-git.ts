/**
 * The two git questions the editor asks, only in a trusted workspace and only for `file:` URIs:
 * a prompt file as it is at HEAD (for `library/version-not-bumped`), and who the user is (for
 * Approve and New Prompt). Each call has a timeout; a failing or missing git answers "don't know".
 */
import { execFile } from "node:child_process";
import * as vscode from "vscode";

const TIMEOUT_MS = 5000;

function git(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    try {
      execFile("git", [...args], { cwd, timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, encoding: "utf8", windowsHide: true }, (error, stdout) => {
        resolve({ code: error ? 1 : 0, stdout: error ? "" : stdout });
      });
    } catch {
      resolve({ code: 1, stdout: "" });
    }
  });
}

/** Whether git may be run for this URI: a trusted workspace and a file on this machine. */
export function mayRunGit(uri: vscode.Uri): boolean {
  return vscode.workspace.isTrusted && uri.scheme === "file";
}

/** The file's text at HEAD, or undefined (new file, not a repository, no git, untrusted). */
export async function textAtHead(uri: vscode.Uri): Promise<string | undefined> {
  if (!mayRunGit(uri)) return undefined;
  const dir = vscode.Uri.joinPath(uri, "..").fsPath;
  const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
  const out = await git(["show", `HEAD:./${name}`], dir);
  return out.code === 0 ? out.stdout : undefined;
}

/** "Name <email>" from git's user.name and user.email in the folder of `uri`, or undefined. */
export async function gitIdentity(uri: vscode.Uri): Promise<string | undefined> {
  if (!mayRunGit(uri)) return undefined;
  const dir = vscode.Uri.joinPath(uri, "..").fsPath;
  const [name, email] = await Promise.all([git(["config", "user.name"], dir), git(["config", "user.email"], dir)]);
  const n = name.stdout.trim();
  const e = email.stdout.trim();
  if (!n && !e) return undefined;
  return e ? `${n || e} <${e}>` : n;
}
