import { phraseCategoryRule } from "./category-rule.js";

/** Free offers without their terms (threshold, duration, eligibility, rules) in the same sentence. Phrases: `free.yaml`. */
export default phraseCategoryRule("free", "info");
