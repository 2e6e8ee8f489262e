import rule from "../../../src/core/rules/tone/there-is.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: ["Three plans are available.", "We know there is time.", "Thereis a typo. There isn't one.", "`There is code.`"],
  invalid: [
    { text: "There are three plans. THERE IS one more.", findings: [{ text: "There are", message: /unnecessary verbiage/ }, { text: "THERE IS" }] },
    { text: "## There is a heading.\n\n> There are quotes.", findings: [{ text: "There is", line: 1 }, { text: "There are", line: 3 }] },
  ],
});
