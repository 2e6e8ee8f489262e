/** `npm run bench`: prints figures and ratios against peers measured in the same run. */
import { benchBrandQa } from "./brand-qa.js";
import { benchLibrary } from "./library.js";
import { benchVscode } from "./vscode.js";
import "../src/core/rules/index.js";

// `npm run bench -- vscode library`: only those sections (brand-qa, library, vscode); default all.
const SECTIONS = { "brand-qa": benchBrandQa, library: benchLibrary, vscode: benchVscode } as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(a in SECTIONS));
if (unknown.length) {
  console.error(`Unknown benchmark section ${unknown.join(", ")}; the sections are ${Object.keys(SECTIONS).join(", ")}.`);
  process.exit(2);
}
console.log(`copydesk benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const [name, bench] of Object.entries(SECTIONS)) if (asked.length === 0 || asked.includes(name)) await bench();
