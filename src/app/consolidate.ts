import { rollup, type GroupCounts, type Period, type RollupResult, type RollupRow } from "../core/aggregation";
import { isVillageName } from "../core/validation/rules/admin-units";
import type { SummaryData } from "../core/validation/summary-data";
import { fileStatus, type FileCheck } from "./check-files";

/** How to consolidate: the period and level of the result (defaults: the newest period of the files, by commune). */
export interface ConsolidateOptions {
  readonly period?: Period;
  readonly by?: "commune" | "district" | "province";
  readonly year?: number;
}

function sumRows(s: SummaryData): Record<string, GroupCounts> {
  const totals = s.rows.find((r) => r.kind === "totals");
  if (totals) return { ...totals.groups };
  const out: Record<string, { total: number | null; registered: number | null; recognised: number | null }> = {};
  for (const r of s.rows) {
    if (r.kind !== "data") continue;
    for (const [g, c] of Object.entries(r.groups)) {
      const acc = (out[g] ??= { total: null, registered: null, recognised: null });
      for (const k of ["total", "registered", "recognised"] as const) {
        const v = c[k];
        if (v !== null) acc[k] = (acc[k] ?? 0) + v;
      }
    }
  }
  return out;
}

/**
 * The rows a summary sheet gives to a roll-up: a commune's report (villages as rows) counts as one line for the
 * commune named in its title; a district or province report gives one line per commune it lists.
 */
export function rollupRowsOf(path: string, s: SummaryData): RollupRow[] {
  const data = s.rows.filter((r) => r.kind === "data");
  const villages = data.filter((r) => isVillageName(r.name)).length;
  const base = { period: s.period, ...(s.year !== null ? { year: s.year } : {}) };
  if (data.length > 0 && villages * 2 >= data.length) {
    return [{ source: `${path} — ${s.sheet}`, unitName: s.reportingUnit ?? path, groups: sumRows(s), ...base }];
  }
  return data.map((r) => ({
    source: `${path} — ${s.sheet}!B${r.row}`,
    unitName: r.name,
    ...(r.code ? { unitCode: r.code } : {}),
    groups: r.groups,
    ...base,
  }));
}

/** Rolls every readable summary sheet of the checked files up to communes (or former districts) of the province. */
export function consolidate(checks: readonly FileCheck[], opts: ConsolidateOptions = {}): RollupResult {
  const summaries = checks.flatMap((c) => c.summaries.map((s) => ({ path: c.path, s })));
  const period: Period = opts.period ?? (summaries.some(({ s }) => s.period === "after") || summaries.length === 0 ? "after" : "before");
  const years = summaries.map(({ s }) => s.year).filter((y): y is number => y !== null);
  const year = opts.year ?? (years.length > 0 ? Math.max(...years) : undefined);
  const rows = summaries.flatMap(({ path, s }) => rollupRowsOf(path, s));
  return rollup(rows, { period, by: opts.by ?? "commune", ...(year !== undefined ? { year } : {}) });
}

/** What one file brings to a roll-up (phạm vi của tệp): its status, the models it holds and lacks, whether it is counted. */
export interface FileCoverage {
  readonly path: string;
  readonly status: ReturnType<typeof fileStatus>;
  /** Labels of the models its summary sheets hold, and of those none of them holds. */
  readonly held: readonly string[];
  readonly lacking: readonly string[];
  /** True when at least one of its sheets is a summary report added to the roll-up. */
  readonly inRollup: boolean;
}

/** Per file, what the roll-up adds and what it leaves out: files not checked or without a summary, and missing models. */
export function fileCoverage(checks: readonly FileCheck[]): FileCoverage[] {
  return checks.map((c) => {
    const models = (c.report?.sheets ?? []).flatMap((s) => (s.models ? [s.models] : []));
    const held = [...new Set(models.flatMap((m) => m.held.map((g) => g.label)))];
    const all = [...new Set(models.flatMap((m) => [...m.held, ...m.lacking].map((g) => g.label)))];
    return { path: c.path, status: fileStatus(c), held, lacking: all.filter((l) => !held.includes(l)), inRollup: c.summaries.length > 0 };
  });
}
