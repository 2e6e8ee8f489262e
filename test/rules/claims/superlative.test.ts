import rule from "../../../src/core/rules/claims/superlative.js";
import { ruleTester } from "../../support/rule-tester.js";
import { channels, register } from "./register.js";

ruleTester(rule, {
  valid: [
    "Here are the brewing best practices our baristas teach in every class.",
    // Advice: "the best way/time" with no ranking arena after it.
    "The best way to store beans is an airtight jar. The best time to brew is around 7 a.m., the best way to get around town.",
    "Thanks for reading.\n\nBest,\nInes Moreau",
    "All the best,\nThe team",
    "This spring, Kofi is leading our Saturday cupping workshops. He is leading a class on March 21.",
    "Bags start at only $14. Flash sale, today only.",
    "Our first café outside Portland opens Saturday. The first 50 guests get a tote.",
    "Most are family-run farms. Coffee is best enjoyed within two weeks; it tastes best with milk.",
    "At best, instant coffee is a compromise. We did our best to hold prices.",
    "Stale beans are the leading cause of bitter coffee. The only catch: you wait 18 hours.",
    "Our darkest roast, and our newest blend. The latest news from the nearest café.",
    "The most important thing is fresh beans. Get the most out of your beans. Honest pricing.",
    "`the best` in code, and a [link](https://x.example/best-coffee) target.",
    '<img src="a.jpg" alt="The best nitro cold brew">',
    "---\ntitle: The best coffee\n---\nPlain copy.",
    "<!-- the best coffee in the world -->",
    { text: "Every bag is 100% Arabica and the smoothest cold brew in Portland.", claims: register },
  ],
  invalid: [
    {
      // "The best way …" with a ranking arena is a claim about the product.
      text: "Honestly, it's the best way to start saving I've found. The best way to brew on the market.",
      findings: [{ text: "the best" }, { text: "The best" }],
    },
    {
      // Arenas with a straight apostrophe, and "we've found".
      text: "The warmest coat we've ever made, and the lightest tent we have tried.",
      findings: [{ text: "The warmest" }, { text: "the lightest" }],
    },
    {
      text: "It's the smoothest cold brew in the country, and the best gift for the coffee lover on your list.",
      findings: [{ text: "the smoothest", message: /"the smoothest" is a superlative claim.*Legal must review.*copydesk claim: ID/ }, { text: "the best" }],
    },
    {
      text: "**Headline 2:** The #1 Coffee Subscription\n\nIt's our most popular blend. Northwind Coffee is the leading specialty roaster in Oregon.",
      findings: [{ text: "#1", line: 1 }, { text: "our most popular", line: 3 }, { text: "the leading", line: 3 }],
    },
    {
      text: "Our roasting team is world-class. Industry-leading freshness, the finest beans, the cheapest prices, unbeatable value.",
      findings: [{ text: "world-class" }, { text: "Industry-leading" }, { text: "the finest" }, { text: "the cheapest" }, { text: "unbeatable" }],
    },
    {
      text: "The lightest tent on the market, the warmest coat you'll ever own, and our most durable boot.",
      findings: [{ text: "The lightest" }, { text: "the warmest" }, { text: "our most durable" }],
    },
    {
      text: "It is the only subscription that lets you choose the farm. Our best-selling blend is number one.",
      findings: [{ text: "the only" }, { text: "best-selling" }, { text: "number one" }],
    },
    {
      text: "# The best coffee in town\n\n| Blend | Note |\n| --- | --- |\n| Sunrise | our finest |",
      findings: [{ text: "The best", line: 1 }, { text: "finest", line: 5 }],
    },
    {
      // A register phrase clears only in its channels; out of scope the ordinary category applies.
      text: "Our Colombia lots are the smoothest cold brew in Portland.",
      path: "blog/origin.md",
      config: channels,
      claims: [{ ...register[4]!, channels: ["email"] }],
      findings: [{ text: "the smoothest" }],
    },
    {
      // An expired register phrase is claims/expired only: the superlative inside it is not reported.
      text: "We were voted best coffee subscription by Brew Monthly readers. Truly the best.",
      claims: register,
      findings: [{ text: "the best" }],
    },
    {
      // An inline reference to an unknown id clears nothing.
      text: "<!-- copydesk claim: CLM-99 -->\nThe best coffee subscription.",
      claims: register,
      findings: [{ text: "The best", line: 2 }],
    },
  ],
});

ruleTester(rule, {
  valid: [
    // A valid inline reference clears claims on the next line only.
    { text: "<!-- copydesk claim: CLM-03 -->\nThe best coffee subscription, the finest beans.", claims: register },
  ],
  invalid: [
    { text: "<!-- copydesk claim: CLM-03 -->\nThe best coffee.\nThe finest beans.", claims: register, findings: [{ text: "The finest", line: 3 }] },
    // An expired id clears nothing.
    { text: "<!-- copydesk claim: CLM-02 -->\nThe best coffee.", claims: register, findings: [{ text: "The best", line: 2 }] },
  ],
});
