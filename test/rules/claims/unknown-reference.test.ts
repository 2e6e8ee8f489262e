import rule from "../../../src/core/rules/claims/unknown-reference.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

ruleTester(rule, {
  valid: [
    { text: "<!-- copydesk claim: CLM-03 -->\nEach pod is home-compostable.", claims: register },
    { text: "<!-- copydesk claim: CLM-02 -->\nVoted best coffee subscription.", claims: register },
    { text: "`<!-- copydesk claim: NW-07 -->` is how you cite a claim.", claims: register },
    { text: "<!-- claim: NW-07 -->\nAn ordinary comment.", claims: register },
  ],
  invalid: [
    {
      text: "# Ads\n\n<!-- copydesk claim: NW-07 -->\n**Headline:** The coffee that cures the afternoon slump",
      claims: register,
      config: { claims: { register: "claims.yaml" } },
      findings: [{ text: "NW-07", line: 3, message: /"NW-07" is not in the claims register \(claims.yaml\).*Known ids: CLM-01/ }],
    },
    {
      text: "<!--copydesk claim:CLM-4-->\nCopy.",
      findings: [{ text: "CLM-4", message: /none is configured/ }],
    },
  ],
});
