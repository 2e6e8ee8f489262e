import * as vscode from "vscode";

/** The workspace the tests run in (a throwaway copy of examples/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("The extension tests need a workspace folder (a copy of examples/).");
  return folder.uri;
}

/** Writes a file into the workspace and opens it in an editor. */
export async function openCopy(relativePath: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export function copydeskDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === "copydesk" && (rule === undefined || ruleOf(d) === rule));
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * Resolves with the document's diagnostics once `accept` holds, checking now and on every
 * onDidChangeDiagnostics for the URI; rejects at the deadline, listing what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 10000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = copydeskDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = copydeskDiagnostics(uri).map((d) => `${ruleOf(d)} ${describeRange(d.range)} ${d.message}`);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}. Diagnostics now: ${now.length ? `\n  ${now.join("\n  ")}` : "none"}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

/** Polls `probe` until it returns a value (not undefined), failing at the deadline with `what` and the last state. */
export async function poll<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10000, describeState?: () => string | Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const state = describeState ? ` Now: ${await describeState()}` : "";
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.${state}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The code actions VS Code offers for a range (optionally of a kind), once one matches `title`. */
export async function waitForCodeAction(uri: vscode.Uri, range: vscode.Range, title: string | RegExp, kind?: string): Promise<vscode.CodeAction> {
  const matches = (a: vscode.CodeAction) => (typeof title === "string" ? a.title === title : title.test(a.title));
  let last: vscode.CodeAction[] = [];
  return poll(
    async () => {
      last = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range, kind)) ?? [];
      return last.find(matches);
    },
    `a code action "${title}" at ${describeRange(range)}`,
    10000,
    () => (last.length ? last.map((a) => `"${a.title}"`).join(", ") : "no actions"),
  );
}

/** The extension's API (activating it if needed). */
export async function copydeskApi(): Promise<{ status(): { visible: boolean; text: string; tooltip: string } }> {
  const extension = vscode.extensions.getExtension("copydesk.copydesk");
  if (!extension) throw new Error("The extension copydesk.copydesk is not loaded.");
  return extension.activate();
}

/** Replaces a document's whole text through a WorkspaceEdit (as typing would, leaving it dirty). */
export async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not edit ${vscode.workspace.asRelativePath(document.uri)}.`);
}

/** The text of a hover's contents. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n---\n");
}

/** The fixture library's prompt files (test/extension/workspace/prompts/), relative to the workspace. */
export const FIXTURE_PROMPTS = [
  "prompts/email/welcome.md",
  "prompts/email/welcome-classic.md",
  "prompts/email/spring-promo.md",
  "prompts/social/launch-post.md",
  "prompts/social/teaser.md",
  "prompts/web/pricing-hero.md",
];

/** The bytes of the fixture prompts now, for `restorePrompts`. */
export async function snapshotPrompts(paths: readonly string[] = FIXTURE_PROMPTS): Promise<Map<string, Uint8Array>> {
  const snapshot = new Map<string, Uint8Array>();
  for (const path of paths) snapshot.set(path, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), path)));
  return snapshot;
}

/**
 * Puts the fixture library back as it was: reverts unsaved prompt buffers, closes the editors, and
 * rewrites any file whose bytes changed on disk since `snapshot` (other tests share the workspace).
 */
export async function restorePrompts(snapshot: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !document.uri.path.includes("/prompts/")) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  await closeAllEditors();
  for (const [path, bytes] of snapshot) {
    const uri = vscode.Uri.joinPath(workspaceRoot(), path);
    const now = await vscode.workspace.fs.readFile(uri);
    if (Buffer.compare(Buffer.from(now), Buffer.from(bytes)) !== 0) await vscode.workspace.fs.writeFile(uri, bytes);
  }
}
