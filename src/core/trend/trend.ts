import { rollup } from "../aggregation/rollup";
import type { GroupSum, RollupLine, RollupNote, RollupRow } from "../aggregation/rollup-types";
import type { ProfileTarget } from "../province/profile.schema";

/** One year of one series: the summed counts and rate, and the target that applies to that year. */
export interface TrendPoint {
  readonly year: number;
  readonly total: number | null;
  readonly recognised: number | null;
  readonly rate: number | null;
  readonly target: ProfileTarget | null;
}

/** A notable change between two reported years (shown as information, never as an error). */
export interface TrendChange {
  readonly code: "recognised-fell" | "total-jumped";
  readonly unit: { readonly code: string; readonly name: string };
  readonly group: string;
  readonly from: { readonly year: number; readonly value: number };
  readonly to: { readonly year: number; readonly value: number };
}

/** The years of one unit (or of the province) per group (xu hướng theo năm). */
export interface TrendSeries {
  readonly code: string;
  readonly name: string;
  readonly groups: Readonly<Record<string, readonly TrendPoint[]>>;
}

/** Year over year: the province and each commune of today's list, split former units flagged, notable changes. */
export interface Trend {
  readonly years: readonly number[];
  readonly groups: readonly string[];
  readonly province: TrendSeries;
  readonly units: readonly TrendSeries[];
  /** Former units split between new communes, per year: their counts are kept apart, never guessed. */
  readonly split: readonly { readonly year: number; readonly line: RollupLine }[];
  readonly changes: readonly TrendChange[];
  /** Roll-up notes per year (rows that could not be placed, former units mapped to their successor). */
  readonly notes: readonly { readonly year: number; readonly note: RollupNote }[];
}

/** Options: the province's targets and scope, and how big a change of a total counts as a jump (default 30%). */
export interface TrendOptions {
  readonly targets: readonly ProfileTarget[];
  readonly provinceCode?: string;
  readonly jumpPercent?: number;
}

/** The target of a group for a report year: the nearest target year on or after it (2025 for 2021–2025, then 2030). */
export function targetForYear(targets: readonly ProfileTarget[], group: string, year: number): ProfileTarget | null {
  const ahead = targets.filter((t) => t.group === group && t.byYear >= year).sort((a, b) => a.byYear - b.byYear);
  return ahead[0] ?? null;
}

const point = (year: number, g: GroupSum | undefined, target: ProfileTarget | null): TrendPoint => ({
  year,
  total: g?.total ?? null,
  recognised: g?.recognised ?? null,
  rate: g?.rate ?? null,
  target,
});

function changesOf(s: TrendSeries, jump: number): TrendChange[] {
  const out: TrendChange[] = [];
  for (const [group, points] of Object.entries(s.groups)) {
    const known = points.filter((p) => p.total !== null || p.recognised !== null);
    for (let i = 1; i < known.length; i++) {
      const [a, b] = [known[i - 1], known[i]];
      const unit = { code: s.code, name: s.name };
      if (a.recognised !== null && b.recognised !== null && b.recognised < a.recognised) {
        out.push({ code: "recognised-fell", unit, group, from: { year: a.year, value: a.recognised }, to: { year: b.year, value: b.recognised } });
      }
      if (a.total !== null && b.total !== null && a.total > 0 && (Math.abs(b.total - a.total) * 100) / a.total > jump) {
        out.push({ code: "total-jumped", unit, group, from: { year: a.year, value: a.total }, to: { year: b.year, value: b.total } });
      }
    }
  }
  return out;
}

function sameUnits(years: readonly (readonly RollupLine[])[]): boolean {
  const keys = years.map((lines) => lines.filter((l) => l.kind !== "total").map((l) => l.code).sort().join(","));
  return keys.every((k) => k === keys[0]);
}

/**
 * Rolls each year's rows up to the communes of today's list (rows of years before 2025-07-01 go to the commune that
 * took their unit over; a unit split between communes stays apart) and lines the years up per group, with the target
 * of each year and the notable changes between consecutive reported years.
 */
export function buildTrend(rows: readonly RollupRow[], opts: TrendOptions): Trend {
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
  const perYear = years.map((year) => ({ year, result: rollup(rows.filter((r) => r.year === year), { period: "after", by: "commune", year, ...(opts.provinceCode ? { provinceCode: opts.provinceCode } : {}) }) }));
  const groups = [...new Set(perYear.flatMap(({ result }) => result.lines.flatMap((l) => Object.keys(l.groups))))];
  const series = (code: string, name: string, lineOf: (r: (typeof perYear)[number]) => RollupLine | undefined): TrendSeries => ({
    code,
    name,
    groups: Object.fromEntries(groups.map((g) => [g, perYear.map((py) => point(py.year, lineOf(py)?.groups[g], targetForYear(opts.targets, g, py.year)))])),
  });
  const units = new Map<string, string>();
  for (const { result } of perYear) for (const l of result.lines) if (l.kind === "unit") units.set(l.code, l.name);
  const province = series("", "Toàn tỉnh", (py) => py.result.total);
  const unitSeries = [...units.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => series(code, name, (py) => py.result.lines.find((l) => l.kind === "unit" && l.code === code)));
  const jump = opts.jumpPercent ?? 30;
  return {
    years,
    groups,
    province,
    units: unitSeries,
    split: perYear.flatMap(({ year, result }) => result.lines.filter((l) => l.kind === "split").map((line) => ({ year, line }))),
    // The province's own changes only mean something when the same communes reported in the years compared.
    changes: [...(sameUnits(perYear.map((py) => py.result.lines)) ? [province] : []), ...unitSeries].flatMap((s) => changesOf(s, jump)),
    notes: perYear.flatMap(({ year, result }) => result.notes.map((note) => ({ year, note }))),
  };
}
