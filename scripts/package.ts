/**
 * `npm run package`: builds dist/copydesk.vsix with @vscode/vsce (its `vscode:prepublish` makes
 * the production bundle; `.vscodeignore` picks the files; no node_modules, as everything is
 * bundled), then prints the bundle and .vsix sizes against the targets (bundle under 1 MiB: the
 * extension's out/extension.cjs and core's out/core.cjs together; .vsix under 2 MiB) and fails
 * when one is over.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const VSIX = "dist/copydesk.vsix";
mkdirSync(join(root, "dist"), { recursive: true });
const vsce = spawnSync(join(root, "node_modules/.bin/vsce"), ["package", "--no-dependencies", "--out", VSIX], { cwd: root, stdio: "inherit" });
if (vsce.status !== 0) process.exit(vsce.status ?? 1);

const MiB = 1024 * 1024;
let over = false;
for (const [name, paths, limit] of [["bundle", ["out/extension.cjs", "out/core.cjs"], 1 * MiB], [".vsix", [VSIX], 2 * MiB]] as const) {
  const size = paths.reduce((sum, path) => sum + statSync(join(root, path)).size, 0);
  const path = paths.join(" + ");
  over ||= size >= limit;
  console.log(`${size < limit ? "✔" : "✘"} ${name} ${path}: ${(size / 1024).toFixed(0)} KiB (target: under ${limit / MiB} MiB)`);
}
process.exitCode = over ? 1 : 0;
