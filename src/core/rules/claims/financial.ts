import { phraseCategoryRule } from "./category-rule.js";

/** Financial claims: guaranteed returns, no risk, double your money, passive income… Phrases: `financial.yaml`. */
export default phraseCategoryRule("financial", "error");
