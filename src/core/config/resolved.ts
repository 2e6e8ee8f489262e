import type { ChannelSetting, ClaimEntry, SeveritySetting, TermSetting } from "./schema.js";

export interface ResolvedChannel extends ChannelSetting {
  readonly name: string;
  /** Whether a workspace-relative path belongs to this channel by its `match:` globs. */
  matches(path: string): boolean;
}

export interface RuleSettingResolved {
  readonly severity?: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface ResolvedConfig {
  /** Absolute folder that globs and relative paths are resolved against. */
  readonly root: string;
  /** Absolute path of the copydesk.yaml in force, if any. */
  readonly file: string | undefined;
  readonly profile: "recommended" | "strict" | "none";
  readonly brand: string | undefined;
  readonly files: { readonly include: readonly string[]; readonly exclude: readonly string[] };
  readonly channels: readonly ResolvedChannel[];
  /** Settings by rule id or category, user entries over the profile's. */
  readonly rules: ReadonlyMap<string, RuleSettingResolved>;
  readonly terms: readonly TermSetting[];
  readonly cta: {
    readonly phrases: readonly string[];
    readonly verbs: readonly string[];
    /** Whether `verbs` was set in copydesk.yaml (not inherited from the profile). */
    readonly verbsFromFile: boolean;
  };
  readonly claims: {
    readonly registerPath: string | undefined;
    readonly entries: readonly ClaimEntry[];
    readonly competitors: readonly string[];
  };
  readonly disclosure: {
    readonly label: string | undefined;
    readonly labels: Readonly<Record<string, string>>;
    readonly requireTag: boolean;
  };
  readonly library: {
    readonly roots: readonly string[];
    readonly librarians: readonly string[];
    readonly reviewEveryDays: number;
  };
  /** Changes whenever the configuration changes; caches key on it. */
  readonly generation: number;
}
