import rule from "../../../src/core/rules/claims/expired.js";
import { ruleTester } from "../../support/rule-tester.js";
import { channels, register } from "./register.js";

ruleTester(rule, {
  valid: [
    { text: "In case you missed it: we were voted best coffee subscription by Brew Monthly readers.", claims: [{ ...register[1]!, expires: "2027-03-31" }] },
    { text: "Every bag is 100% Arabica and sustainably sourced.", path: "web/home.md", config: channels, claims: register },
    { text: "Voted best coffee subscription by Brew Monthly readers.", claims: [] },
    // Today is the last day of the approval.
    { text: "Up to 3x faster brewing.", claims: register, today: "2026-11-21" },
    { text: "<!-- copydesk claim: CLM-04 -->\nEvery bag is 100% Arabica.", claims: register },
  ],
  invalid: [
    {
      text: "In case you missed it: we were voted best coffee subscription by Brew Monthly readers.",
      claims: register,
      findings: [{ text: "voted best coffee subscription by Brew Monthly readers", message: /entry CLM-02 only until 2026-03-31.*expired.*renew/ }],
    },
    {
      text: "- **Recognised.** Voted best coffee subscription by Brew Monthly\n  readers in 2025.",
      claims: register,
      findings: [{ text: "Voted best coffee subscription by Brew Monthly\n  readers", line: 1 }],
    },
    {
      // A reference to an expired entry is reported at the reference, and clears nothing.
      text: "<!-- copydesk claim: CLM-06 -->\nUp to 3x faster brewing.",
      claims: register,
      findings: [{ text: "CLM-06", line: 1, message: /expired on 2026-11-21/ }, { text: "Up to 3x faster brewing", line: 2 }],
    },
  ],
});
