import { phraseCategoryRule } from "./category-rule.js";

/** Comparisons: better/faster/cheaper than, beats a rival, vs. a named competitor. Phrases: `comparative.yaml`. */
export default phraseCategoryRule("comparative", "warning");
