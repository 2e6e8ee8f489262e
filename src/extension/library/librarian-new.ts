import * as vscode from "vscode";
import { settingsFor } from "../config-store.js";
import { loadCore } from "../core.js";
import type { LibraryDeps } from "./deps.js";
import { gitIdentity } from "./librarian-git.js";
import type { LibrarianOutcome } from "./librarian.js";
import { Refusal } from "./librarian-target.js";
import { uriOf, type LibrarySource } from "./store.js";

/** Answers a caller may give instead of the questions of `Copydesk: New Prompt…`. */
export interface NewPromptOptions {
  readonly id?: string;
  readonly title?: string;
  /** A channel name, or "" for none. */
  readonly channel?: string;
  /** The id of a prompt to copy, or "" for the blank skeleton. */
  readonly template?: string;
  /** The library root folder (an absolute path or URI string); needed only when there are several. */
  readonly root?: string;
}

interface Root {
  readonly source: LibrarySource;
  readonly path: string;
}

const OWNER_PLACEHOLDER = "Your Name <you@example.com>";

/**
 * `Copydesk: New Prompt…`: asks the id (validated as you type: a prompt id not yet taken), the
 * title, the channel and an optional template, into a chosen root when the workspace has several;
 * creates the file (`<root>/<id>.md`, as `copydesk library new` does) with one WorkspaceEdit,
 * saves it so the library and the view have it at once, and opens it.
 */
export async function newPromptCommand(deps: LibraryDeps, given: NewPromptOptions): Promise<LibrarianOutcome> {
  const core = await loadCore();
  const roots: Root[] = (await deps.store.workspaceSources()).flatMap((source) => source.index.roots.map((path) => ({ source, path })));
  if (roots.length === 0) throw new Refusal("This workspace has no folder to put a prompt library in. Open a folder first.");
  let root: Root | undefined;
  if (given.root !== undefined) {
    const path = /^[a-z][a-z0-9+.-]*:\//i.test(given.root) ? vscode.Uri.parse(given.root).path : given.root;
    root = roots.find((r) => r.path === path.replace(/\/+$/, ""));
    if (!root) throw new Refusal(`${given.root} is not a library root of this workspace (see \`library.roots\` in copydesk.yaml).`);
  } else if (roots.length === 1) root = roots[0];
  else {
    const picked = await vscode.window.showQuickPick(
      roots.map((r) => ({ label: vscode.workspace.asRelativePath(uriOf(r.source, r.path)), description: r.source.label, root: r })),
      { title: "New prompt: which library?", placeHolder: "The library root the new prompt goes into" },
    );
    root = picked?.root;
  }
  if (!root) return undefined;
  const { source } = root;
  const fileOf = (id: string) => uriOf(source, `${root.path}/${id}.md`);
  const problem = (id: string): string | undefined => {
    if (!core.PROMPT_ID.test(id)) return "Use lowercase letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit (like `spring-sale-email`).";
    const taken = source.index.get(id);
    if (taken) return `The library already has a prompt "${id}" (${taken.relativePath}). Choose another id.`;
    return undefined;
  };

  const id = given.id ?? (await vscode.window.showInputBox({ title: "New prompt (1/4): id", prompt: "The prompt's stable id, used by provenance stamps (id@version)", placeHolder: "spring-sale-email", validateInput: (v) => (v === "" ? undefined : problem(v)) }));
  if (!id) return undefined;
  const idProblem = problem(id);
  if (idProblem) throw new Refusal(`"${id}": ${idProblem}`);
  const uri = fileOf(id);
  if (await exists(uri)) throw new Refusal(`${vscode.workspace.asRelativePath(uri)} already exists. Choose another id.`);

  const suggested = id.replace(/[-_.]+/g, " ").replace(/^\w/, (c) => c.toUpperCase());
  const title = given.title ?? (await vscode.window.showInputBox({ title: "New prompt (2/4): title", prompt: "A short title, shown in the prompt picker", value: suggested, validateInput: (v) => (v.trim() === "" ? "The title cannot be empty." : undefined) }));
  if (title === undefined) return undefined;

  let channel = given.channel;
  if (channel === undefined) {
    const channels = source.config.channels.map((c) => ({ label: c.name, channel: c.name }));
    const picked = await vscode.window.showQuickPick([{ label: "No channel", channel: "" }, ...channels], { title: "New prompt (3/4): channel", placeHolder: "The channel of the copy the prompt produces" });
    if (!picked) return undefined;
    channel = picked.channel;
  }

  let templateId = given.template;
  if (templateId === undefined) {
    const prompts = (await deps.store.sources()).flatMap((s) => s.index.list().filter((e) => e.summary.status !== "retired").map((e) => ({ label: e.summary.id!, description: `${e.summary.status ?? ""} · ${s.label}`, detail: e.summary.title, template: e.summary.id! })));
    const picked = await vscode.window.showQuickPick([{ label: "Blank prompt", description: "the built-in skeleton", detail: "A short example template with two variables", template: "" }, ...prompts], {
      title: "New prompt (4/4): start from",
      placeHolder: "Copy an existing prompt's body and variables, or start blank",
      matchOnDetail: true,
    });
    if (!picked) return undefined;
    templateId = picked.template;
  }
  const template = templateId ? await deps.store.find(templateId, uri) : undefined;
  if (templateId && !template) throw new Refusal(`There is no prompt "${templateId}" to copy.`);

  const owner = settingsFor(uri).librarian ?? (await gitIdentity(uri)) ?? OWNER_PLACEHOLDER;
  const result = core.newPrompt({ id, owner, title, steps: core.EDITOR_STEPS, ...(channel ? { channel } : {}), ...(template ? { template: template.entry.parsed() } : {}) });
  if (!result.ok) throw new Refusal(result.reason);

  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
  edit.insert(uri, new vscode.Position(0, 0), result.text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Refusal(`VS Code could not create ${vscode.workspace.asRelativePath(uri)}.`);
  const document = await vscode.workspace.openTextDocument(uri);
  await document.save();
  await vscode.window.showTextDocument(document, { preview: false });
  const from = templateId ? `, from ${templateId}` : "";
  const ownerHint = owner === OWNER_PLACEHOLDER ? " Set its owner." : "";
  return { ok: true, uri, message: `Created ${vscode.workspace.asRelativePath(uri)} (draft ${id} ${core.FIRST_VERSION}${from}). Fill it in, then Submit for Review.${ownerHint}` };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
