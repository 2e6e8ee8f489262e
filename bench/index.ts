/** `npm run bench`: prints figures and ratios against peers measured in the same run. */
import { benchBrandQa } from "./brand-qa.js";
import { benchLibrary } from "./library.js";
import "../src/core/rules/index.js";

console.log(`copydesk benchmarks — node ${process.version}, ${new Date().toISOString()}`);
await benchBrandQa();
await benchLibrary();
