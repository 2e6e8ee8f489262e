import { phraseCategoryRule } from "./category-rule.js";

/** Statistics: percentages, multipliers, "4 out of 5", money and time savings, "up to" a number. Phrases: `statistic.yaml`. */
export default phraseCategoryRule("statistic", "warning");
