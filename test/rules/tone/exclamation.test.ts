import rule from "../../../src/core/rules/tone/exclamation.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "Fresh beans today! Order now. Free shipping! Join us!",
    "Is it ready?! Yes.",
    "Run `echo hi!!` and see ![logo](logo.png) and [go](https://x.example/!!).",
    "<!-- wow!!! --> Calm.",
    "---\ntitle: Wow!!!\n---\nCalm copy.",
  ],
  invalid: [
    { text: "Wow!!! Fresh beans.", findings: [{ text: "!!!", message: /piles up exclamation marks/ }], output: "Wow! Fresh beans." },
    { text: "Great! amazing deals!", findings: [{ text: "!", message: /already has an exclamation mark/ }] },
    {
      text: "One! Two!\n\nThree! Four! Five!",
      findings: [{ text: "!", line: 3, message: /exclamation 4 in this document, over the limit of 3/ }, { text: "!", line: 3, message: /exclamation 5/ }],
    },
    { text: "One! Two!", config: { rules: { "tone/exclamation": { max: 1 } } }, findings: [{ text: "!", message: /exclamation 2 .*limit of 1/ }] },
    { text: "# Sale!!\n\n| a | b! |\n| --- | --- |\n| c!? | d |\n", findings: [{ text: "!!", line: 1 }], output: "# Sale!\n\n| a | b! |\n| --- | --- |\n| c!? | d |\n" },
  ],
});
