import { phraseCategoryRule } from "./category-rule.js";

/** Environmental claims: eco-friendly, carbon neutral, recyclable, compostable, sustainably sourced, natural, green packaging… Phrases: `environmental.yaml`. */
export default phraseCategoryRule("environmental", "warning");
