import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { CopydeskApi } from "../../src/extension/extension.js";
import type { LibraryView } from "../../src/extension/library/view.js";
import type { ViewNode } from "../../src/extension/library/view-items.js";
import { closeAllEditors, poll, replaceAll, workspaceRoot } from "./helpers.js";

// The fixture library (test/extension/workspace/prompts/): welcome (approved, email, onboarding +
// trial), welcome-classic (deprecated → welcome), spring-promo (retired), launch-post (approved,
// social), teaser (draft, social), pricing-hero (review, landing-page), README.md (not a prompt).

async function api(): Promise<{ api: CopydeskApi; view: LibraryView }> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  if (!extension) throw new Error("The extension copydesk.copydesk is not loaded.");
  const exports = await extension.activate();
  if (!exports.libraryView) throw new Error("The extension API has no libraryView.");
  return { api: exports, view: exports.libraryView };
}

function iconOf(item: vscode.TreeItem): string {
  const icon = item.iconPath;
  if (!(icon instanceof vscode.ThemeIcon)) return "?";
  return icon.color ? `${icon.id}/${icon.color.id}` : icon.id;
}

/** The tree as lines: groups "label (count)", prompts "label — description [icon] contextValue", indented by depth. */
async function outline(view: LibraryView, node?: ViewNode, depth = 0): Promise<string[]> {
  const lines: string[] = [];
  for (const child of await view.getChildren(node)) {
    const item = view.getTreeItem(child);
    const label = typeof item.label === "string" ? item.label : item.label?.label;
    const pad = "  ".repeat(depth);
    if (child.kind === "prompt") lines.push(`${pad}${label} — ${item.description} [${iconOf(item)}] ${item.contextValue}`);
    else {
      lines.push(`${pad}${label} (${item.description})`);
      lines.push(...(await outline(view, child, depth + 1)));
    }
  }
  return lines;
}

/** The workspace library's part of the tree (under its folder's group when there is a library level), without the starter library. */
async function workspacePart(view: LibraryView): Promise<string[]> {
  const roots = await view.getChildren();
  if (!roots.some((r) => r.kind === "source")) return outline(view);
  const folder = roots.find((r) => r.kind === "source" && r.sourceKey !== "starter");
  return folder ? outline(view, folder) : [];
}

const WRITER = [
  "email (2)",
  "  onboarding (2)",
  "    Welcome email — welcome@1.2.0 · email [pass/testing.iconPassed] prompt.approved.editable",
  "    Welcome email (classic) — welcome-classic@1.0.0 · email · deprecated → replaced by welcome [warning/list.warningForeground] prompt.deprecated.editable",
  "  trial (1)",
  "    Welcome email — welcome@1.2.0 · email [pass/testing.iconPassed] prompt.approved.editable",
  "social (1)",
  "  launch (1)",
  "    Launch post for LinkedIn — launch-post@0.3.0 · social [pass/testing.iconPassed] prompt.approved.editable",
];

const LIBRARIAN = [
  "email (3)",
  "  onboarding (2)",
  "    Welcome email — welcome@1.2.0 · email [pass/testing.iconPassed] prompt.approved.editable",
  "    Welcome email (classic) — welcome-classic@1.0.0 · email · deprecated → replaced by welcome [warning/list.warningForeground] prompt.deprecated.editable",
  "  promotion (1)",
  "    Spring promotion email — spring-promo@2.0.0 · email · retired [archive/disabledForeground] prompt.retired.editable",
  "  trial (1)",
  "    Welcome email — welcome@1.2.0 · email [pass/testing.iconPassed] prompt.approved.editable",
  "landing-page (1)",
  "  pricing (1)",
  "    Pricing page hero — pricing-hero@1.0.0 · landing-page · review [git-pull-request/charts.blue] prompt.review.editable",
  "social (2)",
  "  launch (2)",
  "    Launch post for LinkedIn — launch-post@0.3.0 · social [pass/testing.iconPassed] prompt.approved.editable",
  "    Teaser post — teaser@0.1.0 · social · draft [edit/descriptionForeground] prompt.draft.editable",
];

/** Resolves once the workspace library's part of the tree satisfies `accept` (checked now and after each change), or fails with the last outline. */
async function waitForTree(view: LibraryView, accept: (lines: string[]) => boolean, what: string): Promise<string[]> {
  let last: string[] = [];
  return poll(
    async () => {
      last = await workspacePart(view);
      return accept(last) ? last : undefined;
    },
    what,
    10000,
    () => `\n  ${last.join("\n  ")}`,
  );
}

const prompts = () => vscode.Uri.joinPath(workspaceRoot(), "prompts");
const write = (relative: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(prompts(), relative), new TextEncoder().encode(text));

describe("Prompt Library view", () => {
  let view: LibraryView;
  before(async () => {
    ({ view } = await api());
  });
  afterEach(async () => {
    await vscode.commands.executeCommand("copydesk.clearLibraryFilter");
    await vscode.commands.executeCommand("copydesk.showApprovedPrompts");
    await closeAllEditors();
  });

  it("shows writers approved prompts by channel and tag, deprecated ones with their replacement, retired ones never", async () => {
    assert.equal(view.mode, "writer");
    assert.deepEqual(await workspacePart(view), WRITER);
  });

  it("shows librarians every status after Show Every Prompt, and writers' view again after Show Approved Prompts Only", async () => {
    await vscode.commands.executeCommand("copydesk.showAllPrompts");
    assert.equal(view.mode, "librarian");
    assert.deepEqual(await workspacePart(view), LIBRARIAN);
    assert.equal(view.treeView?.description, "every status");
    await vscode.commands.executeCommand("copydesk.showApprovedPrompts");
    assert.equal(view.mode, "writer");
    assert.deepEqual(await workspacePart(view), WRITER);
  });

  it("lists the workspace's library first and the starter library after it, and drops the starter library when the setting is off", async () => {
    const roots = await view.getChildren();
    const labels = roots.map((r) => view.getTreeItem(r).label);
    assert.deepEqual(labels, [vscode.workspace.workspaceFolders![0]!.name, "Starter library"]);
    const starter = view.getTreeItem(roots[1]!);
    assert.equal(starter.contextValue, "library.source");
    assert.equal(starter.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const starterPrompts = (await outline(view, roots[1])).filter((l) => l.includes("—"));
    assert.ok(starterPrompts.length >= 17 && starterPrompts.every((l) => l.endsWith("] prompt.approved")), `read-only starter prompts:\n${starterPrompts.join("\n")}`);
    const settings = vscode.workspace.getConfiguration("copydesk");
    await settings.update("library.includeStarter", false, vscode.ConfigurationTarget.Workspace);
    try {
      // One library left: no library level, the channels at the top.
      await poll(async () => ((await view.getChildren()).some((r) => r.kind === "source") ? undefined : true), "the tree without the library level");
      assert.deepEqual(await outline(view), WRITER);
    } finally {
      await settings.update("library.includeStarter", undefined, vscode.ConfigurationTarget.Workspace);
    }
    await poll(async () => ((await view.getChildren()).length === 2 ? true : undefined), "the starter library back");
  });

  it("gives each prompt a tooltip with its status, owner, version, last approval, variables and risk, and opens it on click", async () => {
    const part = await view.getChildren((await view.getChildren())[0]);
    const email = part[0]!;
    const welcome = (await view.getChildren((await view.getChildren(email))[0]))[0]!;
    const item = view.getTreeItem(welcome);
    const resolved = view.resolveTreeItem(item, welcome);
    const tooltip = resolved.tooltip instanceof vscode.MarkdownString ? resolved.tooltip.value : "";
    assert.match(tooltip, /^\*\*Welcome email\*\* `welcome@1\.2\.0`\n\nThe first email after sign-up; friendly, short, one call to action\.\n/);
    assert.match(tooltip, /\n- Status: approved\n- Owner: Dana Reyes \\<dana@acme\.example\\>\n/);
    assert.match(tooltip, /\n- Risk: low\n- Last approval: 2026-11-23 by Dana Reyes \\<dana@acme\.example\\> \(librarian\) for 1\.2\.0\n/);
    assert.match(tooltip, /\n- Variables: `product` \(required, default "Acme Cloud"\), `audience` \(required, e\.g\. "IT managers"\), `tone` \(friendly \| formal, default "friendly"\)\n/);
    assert.deepEqual(item.command?.command, "copydesk.openPrompt");
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(item.command!.command, ...(item.command!.arguments ?? []));
    assert.equal(editor?.document.uri.toString(), vscode.Uri.joinPath(prompts(), "email/welcome.md").toString());
    const byId = await vscode.commands.executeCommand<vscode.TextEditor>("copydesk.openPrompt", "launch-post");
    assert.equal(byId?.document.uri.toString(), vscode.Uri.joinPath(prompts(), "social/launch-post.md").toString());
  });

  it("filters by channel and tag, by words, and by status, showing the filter and saying when nothing matches", async () => {
    assert.equal(await vscode.commands.executeCommand("copydesk.filterLibrary", "channel:email tag:trial"), true);
    assert.deepEqual(await workspacePart(view), ["email (1)", "  trial (1)", WRITER[5]]);
    assert.equal(view.treeView?.description, "filter: channel:email tag:trial");
    await vscode.commands.executeCommand("copydesk.filterLibrary", "classic");
    const roots = await view.getChildren();
    assert.deepEqual(roots.map((r) => view.getTreeItem(r).label), [vscode.workspace.workspaceFolders![0]!.name], "the starter library has no match: only the workspace's group");
    assert.deepEqual(await workspacePart(view), ["email (1)", "  onboarding (1)", WRITER[3]]);
    await vscode.commands.executeCommand("copydesk.showAllPrompts");
    await vscode.commands.executeCommand("copydesk.filterLibrary", "status:draft,review");
    assert.deepEqual(await outline(view), [`${vscode.workspace.workspaceFolders![0]!.name} (2)`, ...["landing-page (1)", "  pricing (1)", LIBRARIAN[10], "social (1)", "  launch (1)", LIBRARIAN[14]].map((l) => `  ${l}`)]);
    assert.equal(view.treeView?.description, "every status · filter: status:draft,review");
    await vscode.commands.executeCommand("copydesk.showApprovedPrompts");
    assert.deepEqual(await outline(view), []);
    assert.equal(
      view.treeView?.message,
      "No prompts match “status:draft,review” among the approved prompts (Show Every Prompt to include drafts, reviews and retired ones). Clear the filter to see them all.",
    );
    assert.equal(await vscode.commands.executeCommand("copydesk.filterLibrary", "owner:dana"), false, "a bad filter is refused");
    assert.equal(view.filter, "status:draft,review", "and the filter in force stays");
    await vscode.commands.executeCommand("copydesk.clearLibraryFilter");
    assert.equal(view.filter, undefined);
    assert.equal(view.treeView?.message, undefined);
    assert.deepEqual(await workspacePart(view), WRITER);
  });

  it("follows prompt files added, changed and deleted on disk", async () => {
    const text = (title: string) =>
      `---\nid: webinar\ntitle: ${title}\ndescription: Invites to a webinar.\nversion: 0.1.0\nstatus: approved\nowner: "Dana Reyes <dana@acme.example>"\nchannel: email\ntags: [events]\nrisk: low\noutput:\n  ai: assisted\n---\nWrite a webinar invitation.\n`;
    try {
      await write("email/webinar.md", text("Webinar invitation"));
      await waitForTree(view, (lines) => lines.includes("    Webinar invitation — webinar@0.1.0 · email [pass/testing.iconPassed] prompt.approved.editable"), "the added prompt");
      await write("email/webinar.md", text("Webinar invite").replace("status: approved", "status: draft"));
      await waitForTree(view, (lines) => !lines.some((l) => l.includes("webinar@")), "the prompt, now a draft, gone from the writer's view");
      await vscode.commands.executeCommand("copydesk.showAllPrompts");
      await waitForTree(view, (lines) => lines.some((l) => l.includes("Webinar invite — webinar@0.1.0 · email · draft")), "the changed prompt in the librarian's view");
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(prompts(), "email/webinar.md"));
    }
    await waitForTree(view, (lines) => !lines.some((l) => l.includes("webinar@")), "the deleted prompt gone");
  });

  it("follows an open prompt's unsaved edits", async () => {
    const uri = vscode.Uri.joinPath(prompts(), "social/launch-post.md");
    const editor = await vscode.window.showTextDocument(uri);
    const original = editor.document.getText();
    const at = original.indexOf("Launch post for LinkedIn");
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + "Launch post".length)), "Launch update"));
    await waitForTree(view, (lines) => lines.some((l) => l.startsWith("    Launch update for LinkedIn — launch-post@0.3.0")), "the edited title");
    await replaceAll(editor.document, original);
    await editor.document.save();
    await waitForTree(view, (lines) => lines.some((l) => l.startsWith("    Launch post for LinkedIn — launch-post@0.3.0")), "the title from disk again");
  });
});

describe("Create Prompt Library", () => {
  let view: LibraryView;
  let store: CopydeskApi["library"];
  before(async () => {
    const found = await api();
    view = found.view;
    store = found.api.library;
  });
  afterEach(closeAllEditors);

  it("refuses when the workspace folder already holds prompts", async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>("copydesk.createLibrary");
    assert.equal(result?.ok, false);
    assert.match(result!.reason!, /already has a prompt library \(6 prompts under prompts\), so the starter prompts were not copied into it\./);
  });

  it("copies the starter prompts into prompts/ of a workspace without a library, in one undoable edit, and opens its README", async () => {
    const away = vscode.Uri.joinPath(workspaceRoot(), "prompts-away");
    await vscode.workspace.fs.rename(prompts(), away);
    try {
      await store.refresh();
      assert.deepEqual(await view.getChildren(), [], "no library of its own: the view is empty, so VS Code shows the welcome view");
      const result = await vscode.commands.executeCommand<{ ok: true; root: vscode.Uri; created: vscode.Uri[]; readme: vscode.Uri }>("copydesk.createLibrary");
      assert.equal(result?.ok, true);
      assert.equal(result.root.toString(), prompts().toString());
      const relative = result.created.map((u) => u.path.slice(prompts().path.length + 1)).sort();
      assert.ok(relative.includes("README.md") && relative.includes("email/welcome-email.md") && relative.length >= 18, relative.join(", "));
      const starter = vscode.Uri.joinPath(vscode.extensions.getExtension("copydesk.copydesk")!.extensionUri, "prompts", "email", "welcome-email.md");
      const copied = vscode.Uri.joinPath(prompts(), "email", "welcome-email.md");
      assert.deepEqual(await vscode.workspace.fs.readFile(copied), await vscode.workspace.fs.readFile(starter), "the file is copied byte for byte");
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), vscode.Uri.joinPath(prompts(), "README.md").toString());
      const roots = await view.getChildren();
      assert.deepEqual(roots.map((r) => view.getTreeItem(r).label), [vscode.workspace.workspaceFolders![0]!.name, "Starter library"]);
      const own = (await store.workspaceSources())[0]!.index.entries().map((e) => e.relativePath);
      assert.equal(roots[0]!.kind === "source" && roots[0]!.count, relative.length - 1, `the workspace library holds ${own.join(", ")}`);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(prompts(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await vscode.workspace.fs.rename(away, prompts());
      await store.refresh();
    }
    assert.deepEqual((await store.workspaceSources())[0]!.index.list().map((e) => e.summary.id), ["launch-post", "pricing-hero", "spring-promo", "teaser", "welcome", "welcome-classic"]);
  });
});
