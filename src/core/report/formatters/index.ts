import type { Report } from "../model.js";
import { formatHtmlReport } from "./html.js";
import { formatJson } from "./json.js";
import { formatMarkdownReport, type DocumentReportOptions } from "./markdown.js";
import { formatSarif, type SarifOptions } from "./sarif.js";
import { formatStylish } from "./stylish.js";

/** `stylish`, `json` and `sarif` are the specification's; `html` and `markdown` are the QA report. */
export const FORMATS = ["stylish", "json", "sarif", "html", "markdown"] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export type FormatOptions = { color: boolean } & SarifOptions & DocumentReportOptions;

export function format(name: FormatName, report: Report, options: FormatOptions): string {
  switch (name) {
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options);
    case "html":
      return formatHtmlReport(report, options);
    case "markdown":
      return formatMarkdownReport(report, options);
    default:
      return formatStylish(report, options);
  }
}
