import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { copydeskDiagnostics, workspaceRoot } from "./helpers.js";

const FILES = 2000;
const COPY = "# Bulk\n\nACME Cloud helps teams ship.\n";

/** Polls `ready` every 20 ms until it holds, failing with `what` after `timeoutMs`. */
async function until(ready: () => boolean, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("Lint Workspace on a large workspace", function () {
  this.timeout(180000);
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), "bulk");
  const inBulk = (uri: vscode.Uri) => uri.toString().startsWith(`${folder().toString()}/`);
  const bulkWithFindings = () => vscode.languages.getDiagnostics().filter(([uri, d]) => inBulk(uri) && d.some((x) => x.source === "copydesk")).length;

  before(async () => {
    const bytes = new TextEncoder().encode(COPY);
    for (let i = 0; i < FILES; i += 100) {
      await Promise.all(Array.from({ length: Math.min(100, FILES - i) }, (_, k) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), `copy-${String(i + k).padStart(4, "0")}.md`), bytes)));
    }
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it(`lints ${FILES} files one at a time, answering other work between files, and stops when cancelled`, async () => {
    const source = new vscode.CancellationTokenSource();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const run = vscode.commands.executeCommand<{ files: number; cancelled: boolean }>("copydesk.lintWorkspace", { token: source.token });
    try {
      // Findings of the first files arrive while the rest are still to do.
      await until(() => bulkWithFindings() >= 20, "the findings of the first 20 bulk files");
      const ticksSeen = ticks;
      // The extension host runs other extensions' work meanwhile: a command answers, timers fire.
      const status = await vscode.extensions.getExtension("copydesk.copydesk")!.exports.status();
      assert.ok(status, "the status answers during the run");
      await until(() => ticks > ticksSeen + 2, "timers to fire during the run", 10000);
      source.cancel();
      const summary = await run;
      assert.ok(summary, "the command resolves to a summary");
      assert.equal(summary.cancelled, true, "the run says it was cancelled");
      assert.ok(summary.files >= 20 && summary.files < FILES, `stopped early: ${summary.files} of ${FILES} files linted`);
      const published = bulkWithFindings();
      assert.ok(published < FILES, `${published} bulk files have findings: the rest were never linted`);
      // A cancelled run publishes what it linted: the glossary finding of a linted file.
      const first = vscode.Uri.joinPath(folder(), "copy-0000.md");
      assert.deepEqual(copydeskDiagnostics(first, "terms/use").map((d) => d.range.start.line), [2]);
    } finally {
      clearInterval(timer);
      source.dispose();
    }
  });

  it("drops the findings of files deleted after Lint Workspace published them", async () => {
    const doomed = vscode.Uri.joinPath(folder(), "copy-0000.md");
    await until(() => copydeskDiagnostics(doomed).length > 0, "findings on copy-0000.md from the previous run");
    await vscode.workspace.fs.delete(doomed);
    await until(() => copydeskDiagnostics(doomed).length === 0, "the deleted file's findings to go");
  });
});
