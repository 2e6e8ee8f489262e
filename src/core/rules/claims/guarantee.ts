import { phraseCategoryRule } from "./category-rule.js";

/** Guarantees: guaranteed, risk-free, 100%, never fails, lifetime warranty, money-back. Phrases: `guarantee.yaml`. */
export default phraseCategoryRule("guarantee", "warning");
