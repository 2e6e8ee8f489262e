import rule from "../../../src/core/rules/claims/free.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

ruleTester(rule, {
  valid: [
    "Free shipping on orders over $50, through December 31.",
    "Free returns within 30 days on unopened equipment.",
    "Kofi is leading a cupping class on March 21, free for subscribers (12 seats, first come, first served).",
    "Win a free year of coffee (no purchase necessary; US residents 18+; ends May 31, 2027).",
    "Subscribers save 15% on every bag, and shipping is free on every subscription order.",
    "Start your 14-day free trial. Free for the first month. Get a free tote with any purchase.",
    // Eligibility with a brand, product or plan name before who qualifies.
    "The session is free for Tidewater Cloud customers and their teams. Free for annual Pro plan members.",
    "Questions? Feel free to reply. Use sugar-free syrup; our blends are dairy-free and gluten free.",
    "You're free to cancel any time. Hands-free brewing, stress-free mornings.",
    "```yaml\nnote: free-flowing filter papers only\n```",
    "[Shop](https://x.example/free-bag) and https://x.example/?utm_campaign=free-bag",
    { text: "<!-- copydesk claim: CLM-03 -->\nYour first bag is free.", claims: register },
  ],
  invalid: [
    {
      text: "Complete your order today and get free shipping.",
      findings: [{ text: "free shipping", message: /free offer without its terms.*Add the terms/ }],
    },
    {
      text: "Fresh coffee on your schedule, every one, two or four weeks. Your first bag is free.",
      findings: [{ text: "free" }],
    },
    {
      // Ad headlines on consecutive lines are separate sentences.
      text: "**Headline 2:** The #1 Coffee Subscription\n**Headline 3:** Free First Bag\n",
      findings: [{ text: "Free First Bag", line: 2 }],
    },
    {
      // "for" without who qualifies is no eligibility.
      text: "Try it free for your whole team.",
      findings: [{ text: "free" }],
    },
    {
      // Terms in another sentence do not count.
      text: "Free shipping on all orders. Orders over $50 ship first.",
      findings: [{ text: "Free shipping" }],
    },
    {
      text: "| Offer | Note |\n| --- | --- |\n| Free tasting | Saturdays |\n| Discount | 30 days |",
      findings: [{ text: "Free tasting", line: 3 }],
    },
  ],
});
