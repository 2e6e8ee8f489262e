/**
 * Whether a rule's fix is safe to apply unseen (fix all, and an editor's fix-all on save): it
 * corrects a spelling, a URL or a value the writer already chose. Fixes that add content or state a
 * fact on the writer's behalf (a call to action, an AI-disclosure tag or label, a placeholder
 * reason) and any rewording of a claim need a person to look: they stay quick fixes, offered one
 * at a time, but fix-all leaves them out.
 */
const NEEDS_A_PERSON = new Set(["cta/missing", "disclosure/missing-tag", "disclosure/missing-label", "suppression/missing-reason"]);

export function isSafeFix(rule: string): boolean {
  return !NEEDS_A_PERSON.has(rule) && !rule.startsWith("claims/");
}
