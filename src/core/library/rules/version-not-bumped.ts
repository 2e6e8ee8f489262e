import { defineGovernanceRule } from "./types.js";
import { compareSemver, parseSemver } from "../semver.js";
import { parsePrompt } from "../prompt.js";
import { promptHash } from "../hash.js";

/**
 * With `--base REF`: content that differs from the git base while `version` is unchanged, or a
 * version lower than the base's.
 */
export default defineGovernanceRule({
  id: "library/version-not-bumped",
  category: "library",
  meta: {
    description: "Changed content without a version bump",
    defaultSeverity: "warning",
    fixable: false,
  },
  async check(prompt, context) {
    if (!context.base) return;
    const version = prompt.fields.version;
    const current = version === undefined ? undefined : parseSemver(version);
    if (!current) return;
    const baseText = await context.base(context.entry.path);
    if (baseText === undefined) return;
    const base = parsePrompt(context.entry.path, baseText);
    const baseVersion = base.fields.version;
    const before = baseVersion === undefined ? undefined : parseSemver(baseVersion);
    if (!before) return;
    const order = compareSemver(current, before);
    const at = prompt.locate(["version"]);
    if (order < 0) {
      context.report({ range: at, message: `The version went down from ${baseVersion} (at the base) to ${version}. Versions only move forward; copy already cites ${baseVersion}. Set a version above ${baseVersion}.` });
      return;
    }
    if (order > 0) return;
    const now = context.hash();
    const then = promptHash(base);
    if (now === undefined || then === undefined || now === then) return;
    context.report({
      range: at,
      message: `The prompt's content changed since the base but its version is still ${version}, so copy stamped ${prompt.fields.id ?? "id"}@${version} could have come from either text. Bump it: \`copydesk library bump ${prompt.fields.id ?? "ID"} patch\` (or minor / major).`,
    });
  },
});
