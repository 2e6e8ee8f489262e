import { writeFileSync } from "node:fs";
import { allRules } from "../src/core/rules/index.js";
import { governanceRules } from "../src/core/library/rules/index.js";
import { rulesIndex } from "./docs-index.js";

writeFileSync("docs/rules/README.md", rulesIndex([...allRules, ...governanceRules]));
console.log(`wrote docs/rules/README.md (${allRules.length + governanceRules.length} rules)`);
