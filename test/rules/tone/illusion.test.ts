import rule from "../../../src/core/rules/tone/illusion.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "The cat sat on the mat.",
    "Run the `x` the next time.",
    "| Fast | Fast |\n| --- | --- |\n| a | b |\n",
    "- the\n- the",
    "Said the. The end.",
    "<!-- the --> the",
  ],
  invalid: [
    { text: "Many readers miss the\nthe second word.", findings: [{ text: "the", line: 2, message: /is repeated/ }], output: "Many readers miss the second word." },
    { text: "It is is THE The best.", findings: [{ text: "is" }, { text: "The" }], output: "It is THE best." },
    { text: "It ends with the\n\nthe start of the next.", findings: [{ text: "the", line: 3 }] },
    { text: "We **really** really mean it.", findings: [{ text: "really", line: 1 }] },
  ],
});
