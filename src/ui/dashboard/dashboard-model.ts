import { fileStatus as checkStatus, type FileCheck } from "../../app/check-files";
import type { RollupResult } from "../../core/aggregation";
import type { ChartSpec } from "../../core/charts/chart-spec";
import { summaryCharts } from "../../core/charts/summary-charts";
import type { Issue } from "../../core/validation/issue";
import type { SummaryData } from "../../core/validation/summary-data";

/** A file's standing in the table: passed, has errors, not checked (no template recognised), or unreadable (trạng thái). */
export type FileStatus = "ok" | "has-errors" | "unchecked" | "empty" | "unreadable";

/** The status of one checked file: never "ok" when no sheet followed a template. */
export function fileStatus(c: FileCheck): FileStatus {
  const status = checkStatus(c);
  if (status === "unreadable") return "unreadable";
  if (status !== "checked") return status;
  return (c.report?.counts.error ?? 0) > 0 ? "has-errors" : "ok";
}

/** The report year of a file: from its summary sheets, else from any sheet's title lines. */
export function reportYearOf(c: FileCheck): number | null {
  const years = [...c.summaries.map((s) => s.year), ...(c.report?.sheets.map((s) => s.reportYear) ?? [])].filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

/** The templates recognised in a file, without repeats. */
export function templatesOf(c: FileCheck): string[] {
  return [...new Set((c.report?.sheets ?? []).map((s) => s.templateId).filter((t): t is string => t !== null))];
}

/** Every issue of a file, sheet after sheet. */
export function issuesOf(c: FileCheck): Issue[] {
  return (c.report?.sheets ?? []).flatMap((s) => s.issues);
}

/** The newest report year over the files' summary sheets. */
export function rollupYear(checks: readonly FileCheck[]): number | null {
  const years = checks.flatMap((c) => c.summaries.map((s) => s.year)).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}

/** Labels of the learning models as the summary sheets name them, by group id. */
export function groupLabels(checks: readonly FileCheck[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of checks) for (const s of c.summaries) for (const g of s.groups) if (!m.has(g.id)) m.set(g.id, g.label);
  return m;
}

/** Groups that have something to show in the roll-up, in the summary form's order. */
export function presentGroups(result: RollupResult, labels: ReadonlyMap<string, string>): { id: string; label: string }[] {
  return [...labels]
    .filter(([id]) => [result.total, ...result.lines].some((l) => (l.groups[id]?.total ?? 0) > 0 || (l.groups[id]?.recognised ?? 0) > 0))
    .map(([id, label]) => ({ id, label }));
}

/**
 * The roll-up as a summary sheet's numbers (one data row per unit line, the total as the totals row), so the dashboard
 * draws the same charts as the add-in: each unit's rate per model against the year's target, and the area's rates.
 */
export function rollupAsSummary(result: RollupResult, groups: readonly { id: string; label: string }[], year: number | null): SummaryData {
  return {
    sheet: "Tổng hợp",
    year,
    period: result.period,
    reportingUnit: null,
    groups,
    rows: [
      ...result.lines.map((l, i) => ({ row: i + 1, kind: "data" as const, name: l.kind === "split" ? `${l.name} (*)` : l.name, code: l.code, groups: l.groups })),
      { row: result.lines.length + 1, kind: "totals" as const, name: "Tổng cộng", code: null, groups: result.total.groups },
    ],
  };
}

/** Charts of the roll-up: recognition rates per unit and per model against the targets. */
export function rollupCharts(result: RollupResult, checks: readonly FileCheck[], targets?: Readonly<Record<string, number>>): ChartSpec[] {
  if (result.lines.length === 0) return [];
  const groups = presentGroups(result, groupLabels(checks));
  return summaryCharts(rollupAsSummary(result, groups, rollupYear(checks)), targets);
}

/** A safe file name stem for exports ("so-xa-a.xlsx" → "so-xa-a"). */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]+$/, "").replace(/[^\p{L}\p{N}_-]+/gu, "-") || "tep";
}
