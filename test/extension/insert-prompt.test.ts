import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { PickRow, PromptRow } from "../../src/core/library/prompt-picker.js";
import type { CopydeskApi } from "../../src/extension/extension.js";
import type { ChoiceRequest, DeprecatedChoice, DeprecatedRequest, PickPromptRequest, PromptUi, ValueRequest } from "../../src/extension/library/insert-ui.js";
import { closeAllEditors, openCopy, poll, workspaceRoot } from "./helpers.js";

/** One answer per question, in order: what the writer types or picks; `undefined` is Escape. */
type Answer =
  | { pick: string | undefined; query?: string }
  | { choose: string | undefined }
  | { type: readonly string[] | undefined }
  | { confirm: DeprecatedChoice };

/** A PromptUi that answers from a script and records what it was asked and shown. */
class ScriptedUi implements PromptUi {
  readonly asked: string[] = [];
  readonly rows: PickRow[] = [];
  readonly choices: ChoiceRequest[] = [];
  readonly values: ValueRequest[] = [];
  /** The validation message after each typed value, per input. */
  readonly messages: (string | undefined)[][] = [];
  readonly warnings: DeprecatedRequest[] = [];

  constructor(private readonly script: Answer[]) {}

  private next<K extends string>(kind: K): Extract<Answer, Record<K, unknown>> {
    const answer = this.script.shift();
    if (!answer || !(kind in answer)) throw new Error(`The flow asked "${kind}" but the script had ${JSON.stringify(answer)}; asked so far: ${this.asked.join(", ")}`);
    this.asked.push(kind);
    return answer as Extract<Answer, Record<K, unknown>>;
  }

  async pickPrompt(request: PickPromptRequest): Promise<PromptRow | undefined> {
    const answer = this.next("pick");
    this.rows.push(...request.rows(answer.query ?? ""));
    if (answer.pick === undefined) return undefined;
    const row = this.rows.find((r): r is PromptRow => r.kind === "prompt" && r.id === answer.pick);
    if (!row) throw new Error(`${answer.pick} is not offered for "${answer.query ?? ""}": ${this.rows.map((r) => (r.kind === "prompt" ? r.id : r.label)).join(", ")}`);
    return row;
  }

  async pickChoice(request: ChoiceRequest): Promise<string | undefined> {
    const answer = this.next("choose");
    this.choices.push(request);
    if (answer.choose !== undefined) assert.ok(request.choices.includes(answer.choose), `${answer.choose} is one of ${request.choices.join(", ")}`);
    return answer.choose;
  }

  async inputValue(request: ValueRequest): Promise<string | undefined> {
    const answer = this.next("type");
    this.values.push(request);
    if (answer.type === undefined) return undefined;
    const seen: (string | undefined)[] = [];
    this.messages.push(seen);
    let value = request.value;
    for (const typed of answer.type) seen.push(request.validate((value = typed)));
    // Enter on a value with a message keeps the input open, as the real InputBox does.
    if (request.validate(value) !== undefined) throw new Error(`Enter on "${value}" in ${request.title}: ${request.validate(value)}`);
    return value;
  }

  async confirmDeprecated(request: DeprecatedRequest): Promise<DeprecatedChoice> {
    this.warnings.push(request);
    return this.next("confirm").confirm;
  }

  /** Every answer was used. */
  done(): void {
    assert.deepEqual(this.script, [], "the flow asked fewer questions than the script answers");
  }
}

async function api(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  if (!extension) throw new Error("The extension copydesk.copydesk is not loaded.");
  return extension.activate();
}

const DRAFT = "# Trial onboarding\n\nIntro line.\n\n\nOutro.\n";
/** The empty line between "Intro line." and "Outro." (the second of two). */
const CURSOR = new vscode.Position(4, 0);

async function draft(name: string, text = DRAFT, at = CURSOR): Promise<vscode.TextEditor> {
  const editor = await openCopy(`insert/${name}.md`, text);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

const WELCOME_FILLED = [
  "<!-- copydesk prompt: welcome@1.2.0 -->",
  "Write a formal welcome email for IT managers who just started a trial of Acme DB.",
  "End with one call to action.",
].join("\n");

describe("Insert Approved Prompt", () => {
  afterEach(closeAllEditors);

  it("inserts the welcome prompt, filled in, with its stamp exactly at the cursor", async () => {
    const editor = await draft("filled");
    const ui = new ScriptedUi([{ pick: "welcome", query: "welcome" }, { type: ["Acme DB"] }, { type: ["IT managers"] }, { choose: "formal" }]);
    const outcome = await (await api()).insertPrompt({ ui });
    ui.done();
    assert.equal(outcome.status, "inserted");
    assert.equal(editor.document.getText(), `# Trial onboarding\n\nIntro line.\n\n${WELCOME_FILLED}\nOutro.\n`);
    // The inputs: one per variable, in declaration order, n of m.
    assert.deepEqual(ui.asked, ["pick", "type", "type", "choose"]);
    assert.deepEqual(ui.values.map((v) => v.title), ["Welcome email: product (1 of 3)", "Welcome email: audience (2 of 3)"]);
    assert.deepEqual(ui.choices.map((c) => [c.title, c.step, c.totalSteps]), [["Welcome email: tone (3 of 3)", 3, 3]]);
    // The cursor ends after the inserted text.
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [6, "End with one call to action.".length]);
  });

  it("lists approved prompts per library with channel and version, deprecated ones after them with a warning, never retired ones", async () => {
    await draft("listing");
    const ui = new ScriptedUi([{ pick: undefined }]);
    assert.equal((await (await api()).insertPrompt({ ui })).status, "cancelled");
    const separators = ui.rows.filter((r) => r.kind === "separator").map((r) => r.label);
    assert.deepEqual(separators, [vscode.workspace.workspaceFolders![0]!.name, "Starter library"]);
    const workspace = ui.rows.slice(1, ui.rows.findIndex((r, i) => i > 0 && r.kind === "separator"));
    assert.deepEqual(
      workspace.map((r) => (r.kind === "prompt" ? [r.label, r.description, r.deprecated] : r.kind)),
      [
        ["Launch post for LinkedIn", "launch-post@0.3.0 · social", false],
        ["Welcome email", "welcome@1.2.0 · email", false],
        ["Welcome email (classic)", "welcome-classic@1.0.0 · email", true],
      ],
    );
    const classic = workspace[2] as PromptRow;
    assert.match(classic.detail, /^Deprecated: use welcome instead\./);
    const ids = ui.rows.flatMap((r) => (r.kind === "prompt" ? [r.id] : []));
    for (const hidden of ["spring-promo", "teaser", "pricing-hero"]) assert.ok(!ids.includes(hidden), `${hidden} is not offered`);
  });

  it("searches tags and descriptions; a retired prompt is never offered, not even by name", async () => {
    await draft("search");
    const ui = new ScriptedUi([{ pick: undefined, query: "trial" }]);
    await (await api()).insertPrompt({ ui });
    assert.deepEqual(ui.rows.filter((r) => r.kind === "prompt" && r.group !== "starter").map((r) => (r as PromptRow).id), ["welcome", "welcome-classic"]);
    const retired = new ScriptedUi([{ pick: undefined, query: "spring" }]);
    await (await api()).insertPrompt({ ui: retired });
    assert.deepEqual(retired.rows.filter((r) => r.kind === "prompt" && (r as PromptRow).id === "spring-promo"), []);
    const byId = await (await api()).insertPrompt({ prompt: "spring-promo", ui: new ScriptedUi([]) });
    assert.deepEqual(byId, { status: "failed", message: "Spring promotion email (spring-promo@2.0.0) is retired and can no longer be inserted." });
    const draftPrompt = await (await api()).insertPrompt({ prompt: "teaser", ui: new ScriptedUi([]) });
    assert.equal(draftPrompt.status, "failed");
    assert.match((draftPrompt as { message: string }).message, /is a draft: only approved prompts can be inserted/);
  });

  it("refuses a prompt whose text changed after its approval (an unsaved edit of it counts)", async () => {
    const promptUri = vscode.Uri.joinPath(workspaceRoot(), "prompts/social/launch-post.md");
    const promptEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(promptUri));
    const body = promptEditor.document.getText().indexOf("Link to {{link}} once.");
    assert.ok(body > 0);
    await promptEditor.edit((b) => b.insert(promptEditor.document.positionAt(body), "Mention the price. "));
    try {
      const editor = await draft("stale");
      const before = editor.document.getText();
      const outcome = await poll(async () => {
        const o = await (await api()).insertPrompt({ prompt: "launch-post", ui: new ScriptedUi([]) });
        return o.status === "failed" ? o : undefined;
      }, "the library to see the edited prompt");
      assert.match((outcome as { message: string }).message, /^Launch post for LinkedIn \(launch-post@0\.3\.0\) changed after it was approved/);
      assert.equal(editor.document.getText(), before, "nothing inserted");
    } finally {
      await vscode.window.showTextDocument(promptEditor.document);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });

  it("accepts the defaults: the pre-filled value and the enum's default, offered first", async () => {
    const editor = await draft("defaults");
    const ui = new ScriptedUi([{ pick: "welcome" }, { type: [] }, { type: ["CTOs"] }, { choose: "friendly" }]);
    await (await api()).insertPrompt({ ui });
    ui.done();
    const [product, audience] = ui.values;
    assert.deepEqual([product!.value, product!.placeholder, product!.prompt], ["Acme Cloud", undefined, "Product name"]);
    assert.deepEqual([audience!.value, audience!.placeholder, audience!.prompt], ["", "IT managers", "Who the trial user is"]);
    assert.deepEqual([ui.choices[0]!.choices, ui.choices[0]!.default], [["friendly", "formal"], "friendly"]);
    assert.match(editor.document.getText(), /\nWrite a friendly welcome email for CTOs who just started a trial of Acme Cloud\.\n/);
  });

  it("says a required value is missing as it is typed", async () => {
    await draft("required");
    const ui = new ScriptedUi([{ pick: "welcome" }, { type: ["", "Acme Cloud"] }, { type: ["", "  ", "CTOs"] }, { choose: "formal" }]);
    assert.equal((await (await api()).insertPrompt({ ui })).status, "inserted");
    const missing = "audience is required: Who the trial user is. For example: IT managers.";
    assert.deepEqual(ui.messages, [["product is required: Product name. The default is Acme Cloud.", undefined], [missing, missing, undefined]]);
  });

  it("changes nothing when the writer presses Escape at the second input", async () => {
    const editor = await draft("escape");
    const version = editor.document.version;
    const ui = new ScriptedUi([{ pick: "welcome" }, { type: ["Acme DB"] }, { type: undefined }]);
    assert.deepEqual(await (await api()).insertPrompt({ ui }), { status: "cancelled" });
    ui.done();
    assert.equal(editor.document.getText(), DRAFT);
    assert.equal(editor.document.version, version);
    assert.equal(editor.document.isDirty, false);
  });

  it("is one edit: a single undo restores the document", async () => {
    const editor = await draft("undo", "Intro: keep this.\nNext line.\n", new vscode.Position(0, 6));
    // A selection is replaced: "keep this." goes.
    editor.selection = new vscode.Selection(0, 7, 0, 17);
    const ui = new ScriptedUi([{ pick: "launch-post" }, { type: ["Edge functions"] }, { type: ["https://acme.example/blog"] }]);
    await (await api()).insertPrompt({ ui });
    assert.equal(
      editor.document.getText(),
      "Intro: \n<!-- copydesk prompt: launch-post@0.3.0 -->\nWrite a LinkedIn post that announces Edge functions. Link to https://acme.example/blog once.\nNext line.\n",
    );
    await vscode.commands.executeCommand("undo");
    assert.equal(editor.document.getText(), "Intro: keep this.\nNext line.\n");
  });

  it("warns about a deprecated prompt, naming its replacement, and inserts the replacement when asked", async () => {
    const editor = await draft("deprecated");
    const ui = new ScriptedUi([{ pick: "welcome-classic", query: "classic" }, { confirm: "replacement" }, { type: ["Acme DB"] }, { type: ["IT managers"] }, { choose: "formal" }]);
    const outcome = await (await api()).insertPrompt({ ui });
    ui.done();
    assert.equal(ui.warnings[0]!.message, '"Welcome email (classic)" (welcome-classic@1.0.0) is deprecated. Use welcome instead.');
    assert.equal(ui.warnings[0]!.replacementLabel, '"Welcome email" (welcome@1.2.0)');
    assert.deepEqual([outcome.status, (outcome as { id: string }).id], ["inserted", "welcome"]);
    assert.equal(editor.document.getText(), `# Trial onboarding\n\nIntro line.\n\n${WELCOME_FILLED}\nOutro.\n`);
  });

  it("inserts a deprecated prompt anyway when the writer insists, and nothing on Cancel", async () => {
    const editor = await draft("deprecated-anyway");
    const cancel = new ScriptedUi([{ pick: "welcome-classic" }, { confirm: undefined }]);
    assert.equal((await (await api()).insertPrompt({ ui: cancel })).status, "cancelled");
    assert.equal(editor.document.getText(), DRAFT);
    const ui = new ScriptedUi([{ confirm: "anyway" }, { type: ["Acme DB"] }]);
    // From the view: the prompt is given, so there is no picker.
    await (await api()).insertPrompt({ prompt: "welcome-classic", ui });
    ui.done();
    assert.match(editor.document.getText(), /\n<!-- copydesk prompt: welcome-classic@1\.0\.0 -->\nWrite a welcome email for new customers of Acme DB\.\nOutro\.\n$/);
  });

  it("takes the view's prompt item (a located entry) as the prompt, skipping the picker", async () => {
    const editor = await draft("from-view");
    const { library } = await api();
    const located = await library.find("launch-post");
    assert.ok(located);
    const ui = new ScriptedUi([{ type: ["Edge functions"] }, { type: ["https://acme.example/blog"] }]);
    await (await api()).insertPrompt({ prompt: located, ui });
    ui.done();
    assert.match(editor.document.getText(), /<!-- copydesk prompt: launch-post@0\.3\.0 -->/);
  });

  it("runs from the command with a prompt id, in the real input box, and Escape cancels", async () => {
    const editor = await draft("command");
    let outcome: { status: string } | undefined;
    void vscode.commands.executeCommand<{ status: string }>("copydesk.insertPrompt", "launch-post").then((o) => (outcome = o));
    // Close the quick input as Escape does, until the command has opened its first input box and ends.
    const ended = await poll(async () => {
      await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
      return outcome;
    }, "the command to end after its input box is closed");
    assert.deepEqual(ended, { status: "cancelled" });
    assert.equal(editor.document.getText(), DRAFT);
  });

  it("fails with a clear message without an editor, in a prompt file, or for an unknown id", async () => {
    await closeAllEditors();
    const none = await (await api()).insertPrompt({ ui: new ScriptedUi([]) });
    assert.equal(none.status, "failed");
    assert.match((none as { message: string }).message, /^There is no active text editor\. Open the Markdown or text file you are writing/);
    const prompt = await vscode.window.showTextDocument(vscode.Uri.joinPath(workspaceRoot(), "prompts/email/welcome.md"));
    const inPrompt = await (await api()).insertPrompt({ ui: new ScriptedUi([]), editor: prompt });
    assert.match((inPrompt as { message: string }).message, /^prompts\/email\/welcome\.md is a file of the prompt library\. Prompts are inserted into copy/);
    await draft("unknown");
    const unknown = await (await api()).insertPrompt({ prompt: "no-such-prompt", ui: new ScriptedUi([]) });
    assert.match((unknown as { message: string }).message, /^There is no prompt no-such-prompt in the prompt library/);
  });
});

describe("/prompt completions", () => {
  afterEach(closeAllEditors);

  async function complete(editor: vscode.TextEditor): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", editor.document.uri, editor.selection.active, "/");
    return list.items.filter((i) => i.command?.command === "copydesk.insertPrompt");
  }
  const label = (item: vscode.CompletionItem) => (typeof item.label === "string" ? item.label : item.label.label);

  it("offers approved prompts after /prompt at the start of a line, deprecated ones after them with the warning", async () => {
    const editor = await draft("completion-list", "Intro\n/prompt", new vscode.Position(1, 7));
    const items = await poll(async () => {
      const found = await complete(editor);
      return found.length ? found : undefined;
    }, "the /prompt completions");
    const sorted = [...items].sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""));
    const workspace = sorted.filter((i) => ["launch-post", "welcome", "welcome-classic"].some((id) => (i.label as vscode.CompletionItemLabel).description?.startsWith(`${id}@`)));
    assert.deepEqual(workspace.map(label), ["Launch post for LinkedIn", "Welcome email", "Welcome email (classic)"]);
    assert.ok(sorted.indexOf(workspace[2]!) === sorted.length - 1 || sorted.slice(sorted.indexOf(workspace[2]!)).every((i) => i.detail?.startsWith("⚠")), "deprecated prompts come last");
    assert.match(workspace[2]!.detail!, /^⚠ Deprecated: use welcome instead\./);
    assert.ok(!items.some((i) => /spring-promo|teaser|pricing-hero/.test((i.label as vscode.CompletionItemLabel).description ?? "")));
    // Not in the middle of a line.
    const inline = await draft("completion-inline", "and /prompt", new vscode.Position(0, 11));
    assert.deepEqual(await complete(inline), []);
  });

  it("applying one replaces /prompt with the filled-in prompt; Escape puts /prompt back", async () => {
    const editor = await draft("completion-apply", "Intro\n/prompt\nOutro\n", new vscode.Position(1, 7));
    const items = await poll(async () => {
      const found = await complete(editor);
      return found.length ? found : undefined;
    }, "the /prompt completions");
    const welcome = items.find((i) => label(i) === "Welcome email")!;
    // What accepting does: the item's edit (removing "/prompt"), then its command.
    const range = welcome.range instanceof vscode.Range ? welcome.range : welcome.range!.replacing;
    assert.deepEqual([range.start.line, range.start.character, range.end.character], [1, 0, 7]);
    assert.equal(welcome.insertText, "");
    await editor.edit((e) => e.replace(range, ""));
    const argument = welcome.command!.arguments![0] as { trigger: never };
    const cancel = await (await api()).insertPrompt({ prompt: argument, trigger: argument.trigger, ui: new ScriptedUi([{ type: undefined }]) });
    assert.equal(cancel.status, "cancelled");
    assert.equal(editor.document.getText(), "Intro\n/prompt\nOutro\n");
    await editor.edit((e) => e.replace(range, ""));
    editor.selection = new vscode.Selection(1, 0, 1, 0);
    const ui = new ScriptedUi([{ type: ["Acme DB"] }, { type: ["IT managers"] }, { choose: "formal" }]);
    await (await api()).insertPrompt({ prompt: argument, trigger: argument.trigger, ui });
    ui.done();
    assert.equal(editor.document.getText(), `Intro\n${WELCOME_FILLED}\nOutro\n`);
  });
});
