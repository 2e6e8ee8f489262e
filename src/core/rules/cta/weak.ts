import { z } from "zod";
import { defineRule } from "../types.js";
import { linkTextKey, plainLinkText, WEAK_LINK_TEXTS } from "./detect.js";

const Options = z.strictObject({
  texts: z
    .array(z.string().min(1))
    .default([...WEAK_LINK_TEXTS])
    .describe("Link texts to report, compared case-insensitively without surrounding punctuation."),
});

/** Link text that names no action or destination: "click here", "read more", "here". */
export default defineRule<z.infer<typeof Options>>({
  id: "cta/weak",
  category: "cta",
  meta: {
    description: "Link text that says nothing about where it leads",
    defaultSeverity: "info",
    fixable: false,
    options: Options,
  },
  checkDocument(document, context) {
    const weak = new Set(context.options.texts.map((t) => linkTextKey(t)));
    for (const link of document.links) {
      if (link.kind !== "link" && link.kind !== "html") continue;
      if (!weak.has(linkTextKey(link.text))) continue;
      const shownText = plainLinkText(link.text);
      context.report({
        range: link.textRange,
        message:
          `The link text "${shownText}" does not say where it leads or what it does. Readers scan for links and screen readers list them out of context, so weak link text loses clicks. ` +
          'Name the action or destination instead, e.g. "See the class dates" or "Read the brewing guide".',
      });
    }
  },
});
