/**
 * How a message names the step that clears it. The same refusal reads differently where it is
 * shown: on the command line it names the CLI's verb (`copydesk library approve welcome`), in VS
 * Code the command a librarian runs from the palette (Copydesk: Approve Prompt). Core's refusals
 * take a `NextSteps`; the CLI's is the default.
 */
export interface NextSteps {
  /** Where a prompt's governance problems are listed ("see …"). */
  readonly check: string;
  submit(id: string): string;
  approve(id: string): string;
  /** Recording Legal's approval of a `risk: high` prompt. */
  approveLegal(id: string): string;
  bump(id: string): string;
  /** A new prompt made from this one. */
  newFrom(id: string): string;
}

/** For functions that refuse: how their reasons name the next step (the CLI's verbs by default). */
export interface StepOptions {
  readonly steps?: NextSteps;
}

export const CLI_STEPS: NextSteps = {
  check: "`copydesk library check`",
  submit: (id) => `\`copydesk library submit ${id}\``,
  approve: (id) => `\`copydesk library approve ${id}\``,
  approveLegal: (id) => `\`copydesk library approve ${id} --role legal --by "Name <email>"\``,
  bump: (id) => `\`copydesk library bump ${id} patch\``,
  newFrom: (id) => `\`copydesk library new NEW-ID --template ${id}\``,
};

/** The editor's commands, by their titles in the Command Palette (package.json). */
export const EDITOR_STEPS: NextSteps = {
  check: "the prompt's library/* problems in the Problems panel",
  submit: () => "Copydesk: Submit Prompt for Review",
  approve: () => "Copydesk: Approve Prompt",
  approveLegal: () => "Copydesk: Approve Prompt, recording Legal's approval",
  bump: () => "Copydesk: Bump Prompt Version…",
  newFrom: () => "Copydesk: New Prompt…, with this prompt as the template",
};
