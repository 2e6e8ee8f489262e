import picomatch from "picomatch";
import recommendedData from "./presets/recommended.yaml";
import strictData from "./presets/strict.yaml";
import { ConfigSchema, type ConfigFile, type ClaimEntry } from "./schema.js";
import type { ResolvedChannel, ResolvedConfig, RuleSettingResolved } from "./resolved.js";

const PresetSchema = ConfigSchema.partial();
const recommended = PresetSchema.parse(recommendedData);
const strict = PresetSchema.parse(strictData);

let generation = 0;

export interface ResolveInput {
  root: string;
  file?: string;
  parsed?: ConfigFile;
  claims?: readonly ClaimEntry[];
}

/** Merges the profile named by `extends:` (default `recommended`) with the file's settings. */
export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const user = input.parsed ?? { version: 1 as const };
  const profile = user.extends ?? "recommended";
  const base = profile === "none" ? {} : recommended;
  const presetRules = profile === "strict" ? strict.rules ?? {} : {};
  const rules = new Map<string, RuleSettingResolved>();
  for (const [key, value] of [...Object.entries(presetRules), ...Object.entries(user.rules ?? {})]) {
    const previous = rules.get(key);
    if (typeof value === "string") rules.set(key, { severity: value, options: previous?.options ?? {} });
    else {
      const { severity, ...options } = value;
      rules.set(key, { severity: severity ?? previous?.severity, options: { ...previous?.options, ...options } });
    }
  }
  const channels: ResolvedChannel[] = Object.entries(user.channels ?? {}).map(([name, setting]) => {
    const globs = setting.match ?? [];
    const test = globs.length ? picomatch(globs, { dot: true }) : () => false;
    return { ...setting, name, matches: (path: string) => test(path) };
  });
  return {
    root: input.root,
    file: input.file,
    profile,
    brand: user.brand,
    files: {
      include: user.files?.include ?? base.files?.include ?? ["**/*.md", "**/*.markdown", "**/*.txt"],
      exclude: user.files?.exclude ?? base.files?.exclude ?? [],
    },
    channels,
    rules,
    terms: user.terms ?? [],
    cta: {
      phrases: user.cta?.phrases ?? base.cta?.phrases ?? [],
      verbs: user.cta?.verbs ?? base.cta?.verbs ?? [],
      verbsFromFile: user.cta?.verbs !== undefined,
    },
    claims: {
      registerPath: user.claims?.register,
      entries: input.claims ?? [],
      competitors: user.claims?.competitors ?? [],
    },
    disclosure: {
      label: user.disclosure?.label,
      labels: user.disclosure?.labels ?? {},
      requireTag: user.disclosure?.requireTag ?? false,
    },
    library: {
      roots: user.library?.roots ?? base.library?.roots ?? ["prompts"],
      librarians: user.library?.librarians ?? [],
      reviewEveryDays: user.library?.reviewEveryDays ?? base.library?.reviewEveryDays ?? 180,
    },
    generation: ++generation,
  };
}

/** A document's channel: front matter `channel:` when it names one, else the first channel whose globs match. */
export function channelFor(config: ResolvedConfig, path: string, frontMatterChannel: unknown): ResolvedChannel | undefined {
  if (typeof frontMatterChannel === "string") {
    const named = config.channels.find((c) => c.name === frontMatterChannel);
    if (named) return named;
    return { name: frontMatterChannel, matches: () => false };
  }
  return config.channels.find((c) => c.matches(path));
}

/** The setting in force for a rule: its own entry, else its category's. */
export function ruleSetting(config: ResolvedConfig, id: string): RuleSettingResolved {
  const own = config.rules.get(id);
  const category = config.rules.get(id.slice(0, id.indexOf("/")));
  return {
    severity: own?.severity ?? category?.severity,
    options: { ...category?.options, ...own?.options },
  };
}
