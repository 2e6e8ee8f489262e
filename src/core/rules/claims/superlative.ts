import { phraseCategoryRule } from "./category-rule.js";

/** Superlatives: best, #1, the leading, world-class, the only <product>, most + adjective, -est rankings. Phrases: `superlative.yaml`. */
export default phraseCategoryRule("superlative", "warning");
