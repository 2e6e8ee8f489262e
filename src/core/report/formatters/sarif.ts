import type { Report } from "../model.js";

export interface SarifRuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: string;
  readonly helpUri: string;
}

export interface SarifOptions {
  readonly rules: readonly SarifRuleInfo[];
  readonly toolVersion: string;
  readonly informationUri: string;
}

const LEVEL: Record<string, "error" | "warning" | "note" | "none"> = { error: "error", warning: "warning", info: "note", hint: "note", off: "none" };

/** SARIF 2.1.0, one run; columns in UTF-16 code units as VS Code and GitHub code scanning count them. */
export function formatSarif(report: Report, options: SarifOptions): string {
  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)));
  const rules = options.rules.filter((r) => used.has(r.id));
  for (const id of used) if (!rules.some((r) => r.id === id)) rules.push({ id, description: id, defaultSeverity: "warning", helpUri: options.informationUri });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "copydesk",
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: r.helpUri,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] ?? "warning" },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: report.files.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(file.path) },
                  region: {
                    startLine: f.line,
                    startColumn: f.column,
                    endLine: f.endLine,
                    endColumn: f.endColumn,
                    charOffset: f.range[0],
                    charLength: f.range[1] - f.range[0],
                  },
                },
              },
            ],
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: f.fix.text === "" ? "Delete the text" : `Replace with ${JSON.stringify(f.fix.text)}` },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: encodeURI(file.path) },
                          replacements: [
                            { deletedRegion: { charOffset: f.fix.range[0], charLength: f.fix.range[1] - f.fix.range[0] }, insertedContent: { text: f.fix.text } },
                          ],
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
