/**
 * `Copydesk: Create Prompt Library from the Starter Prompts` (the welcome view's button): copies
 * the bundled starter library (the extension's `prompts/`) into the first library root of the
 * first workspace folder (`prompts/` unless copydesk.yaml's `library.roots` says otherwise), as one
 * WorkspaceEdit (undoable), then opens the library's README. Refuses, saying why, without a
 * workspace folder or when the folder already holds prompts. Existing files are never overwritten.
 */
import * as vscode from "vscode";
import { loadCore } from "../core.js";
import { workspaceHost } from "../host.js";
import type { LibraryDeps } from "./deps.js";

export type CreateLibraryResult =
  | { readonly ok: true; readonly root: vscode.Uri; readonly created: readonly vscode.Uri[]; readonly readme: vscode.Uri | undefined }
  | { readonly ok: false; readonly reason: string };

const STARTER_FOLDER = "prompts";

export async function createLibrary(deps: LibraryDeps): Promise<CreateLibraryResult> {
  const result = await plan(deps);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Copydesk: ${result.reason}`);
    return result;
  }
  const { root, files } = result;
  const edit = new vscode.WorkspaceEdit();
  const metadata = { label: "Create the prompt library from the starter prompts", needsConfirmation: false };
  for (const file of files) edit.createFile(file.uri, { contents: file.contents, ignoreIfExists: true }, metadata);
  if (!(await vscode.workspace.applyEdit(edit))) {
    const reason = `VS Code could not create the files under ${vscode.workspace.asRelativePath(root)}. Check that the folder is writable, then try again.`;
    void vscode.window.showErrorMessage(`Copydesk: ${reason}`);
    return { ok: false, reason };
  }
  await deps.store.refresh();
  const readme = files.find((f) => f.relative.toLowerCase() === "readme.md")?.uri;
  if (readme) await vscode.window.showTextDocument(readme, { preview: false });
  const prompts = files.filter((f) => f.relative.toLowerCase() !== "readme.md").length;
  void vscode.window.showInformationMessage(
    `Copydesk: created the prompt library in ${vscode.workspace.asRelativePath(root)}/ with ${prompts} starter prompts. They carry the starter library's approvals: adapt them, then approve them as your team's librarian (library.librarians in copydesk.yaml).`,
  );
  deps.log.info(`created the prompt library in ${root.toString()} (${files.length} files)`);
  return { ok: true, root, created: files.map((f) => f.uri), readme };
}

interface Planned {
  readonly ok: true;
  readonly root: vscode.Uri;
  readonly files: readonly { readonly relative: string; readonly uri: vscode.Uri; readonly contents: Uint8Array }[];
}

async function plan(deps: LibraryDeps): Promise<Planned | { ok: false; reason: string }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return { ok: false, reason: "open a folder first: the prompt library is created in the workspace's first folder." };
  const core = await loadCore();
  const { config } = await deps.configs.forBase(folder.uri);
  const rootPath = core.resolve(config.root, config.library.roots[0] ?? STARTER_FOLDER);
  const root = folder.uri.with({ path: rootPath });
  const own = (await deps.store.workspaceSources()).find((s) => s.folder?.uri.toString() === folder.uri.toString());
  const count = own?.index.list().length ?? 0;
  if (count > 0) {
    return {
      ok: false,
      reason: `${folder.name} already has a prompt library (${count} prompt${count === 1 ? "" : "s"} under ${config.library.roots.join(", ")}), so the starter prompts were not copied into it. Start a prompt with New Prompt… instead.`,
    };
  }
  const starter = vscode.Uri.joinPath(deps.context.extensionUri, STARTER_FOLDER);
  const host = workspaceHost(starter);
  const paths = (await host.listFiles?.(starter.path)) ?? [];
  const files = [];
  for (const path of paths) {
    const contents = await host.readBytes?.(path);
    if (!contents) continue;
    const relative = core.relative(starter.path, path);
    files.push({ relative, uri: vscode.Uri.joinPath(root, ...relative.split("/")), contents });
  }
  if (files.length === 0) return { ok: false, reason: `the starter prompts are missing from the extension (${starter.fsPath}). Reinstall Copydesk.` };
  return { ok: true, root, files };
}
