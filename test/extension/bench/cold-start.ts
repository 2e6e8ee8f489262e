/**
 * The truly cold path: a window whose workspace nothing in it activates Copydesk (no copydesk.yaml
 * at its root, no copy open), where the benchmark opens a 5,000-word document, which activates the
 * extension at that moment; from openTextDocument to its first Copydesk diagnostics, everything is
 * included: the bundle's evaluation, activate(), loading core and copydesk.yaml, the first engine
 * run. bench/vscode.ts runs it in a fresh window before core's V8 code cache exists (the first start
 * after installing: the slowest cold start).
 * The workspace (`cold-start/`) holds a copy of examples/ in `site/`, whose copydesk.yaml
 * `.vscode/settings.json` names (`copydesk.configFile`), and the document at site/blog/bench/cold.md.
 */
import * as vscode from "vscode";
import type { CopydeskApi } from "../../../src/extension/extension.js";
import type { Bench } from "./bench.js";

export const COLD_START_FOLDER = "cold-start";

export async function run(bench: Bench): Promise<void> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  if (!extension) throw new Error("The Copydesk extension is not loaded.");
  if (extension.isActive) throw new Error("Copydesk was active before the document opened: this is not a cold start.");
  const uri = vscode.Uri.joinPath(bench.workspace, "site", "blog", "bench", "cold.md");
  const key = uri.toString();
  const published = new Promise<number>((resolve) => {
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      if (!vscode.languages.getDiagnostics(uri).some((d) => d.source === "copydesk")) return;
      sub.dispose();
      resolve(performance.now());
    });
  });
  const started = performance.now();
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  const at = await Promise.race([published, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no diagnostics within 30 s")), 30000))]);
  const api = extension.exports;
  const preload = await api.preloaded;
  const cache = preload?.bundle?.cache ?? "?";
  const { loadMs, activateMs } = api.timings;
  bench.note(`Cold start, core's code cache: ${cache === "none" ? "none yet (the first start after installing)" : cache}. A ${document.getText().split(/\s+/).length}-word document opened in a window where it activates Copydesk:`);
  bench.record("open to first diagnostics (activation, core, copydesk.yaml, first engine run)", [at - started], { note: `code cache ${cache}` });
  bench.record("  of which activation (bundle evaluated + activate)", [(loadMs ?? 0) + activateMs]);
  if (preload?.bundle) bench.record("  of which loading core (out/core.cjs)", [preload.bundle.ms]);
}
