import { phraseCategoryRule } from "./category-rule.js";

/** Health claims: cure, heal, detox, treat or prevent a condition, clinically proven, boosts immunity… Phrases: `health.yaml`. */
export default phraseCategoryRule("health", "error");
