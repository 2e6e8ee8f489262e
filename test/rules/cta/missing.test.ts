import rule from "../../../src/core/rules/cta/missing.js";
import { ruleTester } from "../../support/rule-tester.js";

const config = {
  channels: {
    email: { match: ["email/**"], requireCta: true },
    blog: { match: ["blog/**"], requireCta: false },
  },
  cta: { phrases: ["Shop now", "Find a café", "Subscribe"] },
};
const email = { config, path: "email/note.md" };
const verbs = { ...config, cta: { ...config.cta, verbs: ["order", "reserve", "see"] } };

ruleTester(rule, {
  valid: [
    // A configured phrase, case-insensitive, anywhere in visible prose.
    { ...email, text: "# Hello\n\nOur new roast is here. shop NOW while it lasts.\n" },
    { ...email, text: "# Hello\n\nNew roast. Find a\ncafé near you.\n" },
    // A link whose text is an imperative verb phrase (Markdown or HTML).
    { ...email, text: "# Your order\n\nIt ships today.\n\n[Track your package](https://x.example/track)\n" },
    { ...email, text: '# Hi\n\n<p>Ready?</p>\n\n<p><a href="https://x.example/cart">Return to your cart</a></p>\n' },
    { ...email, text: "# Hi\n\nWe saved it for you: [return to check-out](https://x.example/cart).\n" },
    { ...email, text: "# Hi\n\n[Sign-up for the class](https://x.example/class)\n" },
    // "Turn on …" is an action, unlike "Read on".
    { ...email, text: "# Overdraft Cover\n\n[Turn on Overdraft Cover](https://x.example/od)\n" },
    // A bold button-like line, and a labelled button line.
    { ...email, text: "# Hi\n\nThe Holiday Blend is back.\n\n**Get started →**\n" },
    { ...email, text: "# Ad\n\n**Headline:** Fresh coffee\n\n**Button:** Order your bag\n" },
    // A line that starts with a CTA verb configured in copydesk.yaml.
    { ...email, config: verbs, text: "# Roasts\n\nMonday: Sunrise Blend.\n\nOrder by Sunday night and your bag ships Tuesday.\n" },
    { ...email, text: "# Hi\n\n- Reserve a table for Friday\n", config: { ...config, cta: { phrases: [], verbs: ["reserve"] } } },
    { ...email, text: "New roast 🎄\n\n👉 **Grab a bag before Friday**\n" },
    { ...email, config: verbs, text: "New roast.\n\n👉 Order by Friday for Monday delivery.\n" },
    // A configured verb with a colon before where to act.
    { ...email, config: verbs, text: "A live session on December 10.\n\nReserve: link in the comments.\n" },
    // Plain text: phrases and verb lines count there too.
    { config, path: "email/note.txt", text: "New roast.\n\nShop now: https://x.example/shop\n" },
    // The finding sits on the first line, so a suppression comment above it applies.
    { ...email, text: "---\nai: none\n---\n<!-- copydesk-disable-next-line cta/missing -- service notice -->\n# Holiday hours\n\nClosed Monday.\n" },
    // Channels that do not require a CTA, and documents with no channel.
    { config, path: "blog/post.md", text: "# Notes from the farm\n\nWe visited six farms.\n" },
    { config, path: "notes.md", text: "Just a note.\n" },
    { config, path: "elsewhere.md", text: "---\nchannel: blog\n---\nJust a note.\n" },
  ],
  invalid: [
    {
      ...email,
      text: "---\nchannel: email\nai: none\n---\n# Holiday hours\n\nHi there,\n\n- **Roasting:** our last roast is December 21.\n- **Customer care:** 1-800-555-0199.\n\nThank you for a wonderful year!! See you in January.\n\nThe team\n",
      findings: [{ text: "# Holiday hours", line: 5, message: /no call to action.*requireCta.*"Shop now"/ }],
      output: "---\nchannel: email\nai: none\n---\n# Holiday hours\n\nHi there,\n\n- **Roasting:** our last roast is December 21.\n- **Customer care:** 1-800-555-0199.\n\nThank you for a wonderful year!! See you in January.\n\nThe team\n\nShop now\n",
    },
    {
      // Greetings are not actions; weak links, noun-phrase links and footer links are not CTAs.
      ...email,
      text: "See you in January.\n\nOur prices change soon. [Read more](https://x.example/a), or see the [Return policy](https://x.example/r).\n\n[Unsubscribe](https://x.example/u)",
      findings: [{ text: "See you in January." }],
      output: "See you in January.\n\nOur prices change soon. [Read more](https://x.example/a), or see the [Return policy](https://x.example/r).\n\n[Unsubscribe](https://x.example/u)\n\nShop now\n",
    },
    {
      // Phrases in comments, code, link targets and image alt text are not visible prose.
      ...email,
      text: "Hello\r\n\r\n<!-- Shop now -->\r\nUse `subscribe()` and ![Shop now](a.png) [the shop](https://x.example/shop-now)\r\n",
      findings: [{ text: "Hello" }],
      output: "Hello\r\n\r\n<!-- Shop now -->\r\nUse `subscribe()` and ![Shop now](a.png) [the shop](https://x.example/shop-now)\r\n\r\nShop now\r\n",
    },
    {
      // A configured verb used as a label with nothing after its colon, and "Read on", are no actions.
      ...email,
      config: verbs,
      text: "Order:\n\n- Sunrise Blend, 12 oz\n\n[Read on](https://x.example/more)\n",
      findings: [{ text: "Order:" }],
      output: "Order:\n\n- Sunrise Blend, 12 oz\n\n[Read on](https://x.example/more)\n\nShop now\n",
    },
    {
      // Whole words only: "subscribers" is not "Subscribe". Verbs in headings do not count.
      ...email,
      text: "## Find out more\n\nSubscribers get the first lots.",
      findings: [{ text: "## Find out more" }],
      output: "## Find out more\n\nSubscribers get the first lots.\n\nShop now\n",
    },
    {
      ...email,
      text: "",
      findings: [{ text: "", message: /requireCta/ }],
      output: "Shop now\n",
    },
    {
      config,
      path: "email/note.txt",
      text: "Our cafés close early on Friday.\nSee you soon.",
      findings: [{ text: "Our cafés close early on Friday." }],
      output: "Our cafés close early on Friday.\nSee you soon.\n\nShop now\n",
    },
    {
      // Without cta.verbs in copydesk.yaml, instructions are not calls to action (the profile's verbs
      // only help read link and button text); with it, greetings still are not.
      ...email,
      text: "Brew tip\n\nStart with a coarse grind. Try it over ice.\n\nSee you next week.",
      findings: [{ text: "Brew tip" }],
      output: "Brew tip\n\nStart with a coarse grind. Try it over ice.\n\nSee you next week.\n\nShop now\n",
    },
    {
      ...email,
      config: verbs,
      text: "Brew tip\n\nSee you next week.",
      findings: [{ text: "Brew tip" }],
      output: "Brew tip\n\nSee you next week.\n\nShop now\n",
    },
    {
      // No phrases configured: reported, without a fix.
      ...email,
      config: { ...config, cta: { phrases: [], verbs: [] } },
      text: "Brew tip: go coarse.\n",
      findings: [{ text: "Brew tip: go coarse." }],
    },
  ],
});
