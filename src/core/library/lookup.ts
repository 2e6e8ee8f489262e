/**
 * What Brand QA needs to know about the prompt library (for `library/deprecated-prompt`): a small
 * read-only view, so the lint engine does not depend on how the library is loaded.
 */
export interface PromptRef {
  readonly id: string;
  readonly title: string | undefined;
  readonly version: string | undefined;
  readonly status: string | undefined;
  readonly replacedBy: string | undefined;
  /** Absolute path of the prompt file. */
  readonly path: string;
}

export interface LibraryLookup {
  /** The prompt with this id as the library has it now, or undefined when there is none. */
  prompt(id: string): PromptRef | undefined;
}
