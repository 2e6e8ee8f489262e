import rule from "../../../src/core/rules/terms/avoid.js";
import { ruleTester } from "../../support/rule-tester.js";

const config = { terms: [{ avoid: ["cheap", "cheapest"], message: 'Say "affordable", or state the price.' }, { avoid: ["best in class"] }] };

ruleTester(rule, {
  valid: [
    { text: "Our plans are affordable, and cheaper than last year.", config },
    { text: "See `cheap` in the [docs](https://x.example/cheap).", config },
    { text: "---\ntitle: cheap\n---\nNothing here.", config },
    { text: "Cheapskate and cheaply are other words.", config },
  ],
  invalid: [
    {
      text: "Cheap plans.\n\nThe CHEAPEST one is best\nin class.",
      config,
      findings: [
        { text: "Cheap", line: 1, message: /Avoid "Cheap".*Say "affordable"/ },
        { text: "CHEAPEST", line: 3 },
        { text: "best\nin class", line: 3, message: /Rephrase without it/ },
      ],
    },
  ],
});
