import rule from "../../../src/core/rules/tone/cliche.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: ["We think about the box.", "`think outside the box`", "[x](https://x.example/avoid-like-the-plague)", "<!-- at the end of the day -->"],
  invalid: [
    { text: "It is the tip of the iceberg, so avoid like the plague.", findings: [{ text: "tip of the iceberg", message: /is a cliché/ }, { text: "avoid like the plague" }] },
    { text: "# Avoid Like The Plague\n\nIt is the tip of\nthe  iceberg.", findings: [{ text: "Avoid Like The Plague", line: 1 }, { text: "tip of\nthe  iceberg", line: 3 }] },
  ],
});
