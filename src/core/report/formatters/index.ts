import type { Report } from "../model.js";
import { formatJson } from "./json.js";
import { formatSarif, type SarifOptions } from "./sarif.js";
import { formatStylish } from "./stylish.js";

export const FORMATS = ["stylish", "json", "sarif"] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export function format(name: FormatName, report: Report, options: { color: boolean } & SarifOptions): string {
  switch (name) {
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options);
    default:
      return formatStylish(report, options);
  }
}
