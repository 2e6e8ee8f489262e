import rule from "../../../src/core/rules/suppression/missing-reason.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "<!-- copydesk-disable-next-line claims/health -- approved by Regulatory in REG-2026-17 -->\nCopy.",
    "<!-- copydesk-disable claims/statistic -- figures from the 2026 report -->\nCopy.\n<!-- copydesk-enable claims/statistic -->",
    "<!-- copydesk-enable -->",
    "<!-- copydesk claim: NW-03 -->\nCopy.",
    "<!-- an ordinary comment -->",
    "`<!-- copydesk-disable-next-line -->` is how you write one.",
    "```\n<!-- copydesk-disable -->\n```",
  ],
  invalid: [
    {
      text: "# Ads\n\n<!-- copydesk-disable-next-line claims/statistic -->\n**Description 2:** Subscribers save 15%.\n",
      findings: [{ text: "<!-- copydesk-disable-next-line claims/statistic -->", line: 3, message: /`copydesk-disable-next-line claims\/statistic` comment gives no reason/ }],
      output: "# Ads\n\n<!-- copydesk-disable-next-line claims/statistic -- <reason> -->\n**Description 2:** Subscribers save 15%.\n",
    },
    {
      text: "<!-- copydesk-disable tone -- -->\nCopy.\n<!--copydesk-disable-->\n",
      findings: [{ text: "<!-- copydesk-disable tone -- -->", line: 1 }, { text: "<!--copydesk-disable-->", line: 3 }],
      output: "<!-- copydesk-disable tone -- <reason> -->\nCopy.\n<!--copydesk-disable -- <reason>-->\n",
    },
    {
      text: "Plain text.\n\n<!-- copydesk-disable-next-line -->\nCopy.",
      path: "copy.txt",
      findings: [{ text: "<!-- copydesk-disable-next-line -->" }],
      output: "Plain text.\n\n<!-- copydesk-disable-next-line -- <reason> -->\nCopy.",
    },
  ],
});
