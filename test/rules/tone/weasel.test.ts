import rule from "../../../src/core/rules/tone/weasel.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "Our beans are roasted on Monday.",
    "There are too many options and too few answers.",
    "Code: `very quick` and [link](https://x.example/very).",
    "<!-- very --> Fine.",
    "The manyfold route and everyone.",
  ],
  invalid: [
    { text: "It is very good and quite fresh.", findings: [{ text: "very", message: /weasel word.*Cut it/ }, { text: "quite" }] },
    { text: "Too many cooks and MANY hands.", findings: [{ text: "many" }, { text: "MANY" }] },
    { text: "## Extremely fast\n\nThat is a number we like; there is a number of things.", findings: [{ text: "Extremely", line: 1 }, { text: "is a number", line: 3 }, { text: "is a number", line: 3 }] },
  ],
});
