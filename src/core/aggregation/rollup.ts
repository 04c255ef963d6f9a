import { adminData, YEN_BAI_CODE } from "./admin-data";
import { addCounts, finishSums, type GroupAccumulator } from "./group-sums";
import { placeRow, type Target } from "./rollup-place";
import type { RollupLine, RollupNote, RollupOptions, RollupResult, RollupRow } from "./rollup-types";

interface Bucket {
  readonly target: Target;
  readonly acc: GroupAccumulator;
  readonly sources: string[];
  rowCount: number;
}

function line(kind: RollupLine["kind"], code: string, name: string, acc: GroupAccumulator, sources: readonly string[], rowCount: number): RollupLine {
  return { kind, code, name, sources: [...new Set(sources)], rowCount, groups: finishSums(acc) };
}

/**
 * Sums unit rows into lines per commune, district (before the merger only) or province, with rates computed from the
 * sums; old communes fed into a roll-up after the merger go to the new commune that took them over. Rows that cannot
 * be placed (unknown, ambiguous or out-of-scope units, sub-total rows, repeats) are listed in `notes`, never dropped
 * silently.
 */
export function rollup(rows: readonly RollupRow[], opts: RollupOptions): RollupResult {
  const notes: RollupNote[] = [];
  if (opts.period === "after" && opts.by === "district") {
    notes.push({ code: "no-districts-after-merger", source: "", unitName: "", placed: true, units: [] });
  }
  const buckets = new Map<string, Bucket>();
  const seen = new Set<string>();
  const totalAcc: GroupAccumulator = new Map();
  const totalSources: string[] = [];
  let totalRows = 0;
  for (const row of rows) {
    const p = placeRow(row, opts);
    if (p.target === null || p.identity === null) {
      notes.push(...p.notes);
      continue;
    }
    if (seen.has(p.identity)) {
      notes.push({
        code: "duplicate-unit",
        source: row.source,
        unitName: row.unitName,
        ...(row.unitCode !== undefined ? { unitCode: row.unitCode } : {}),
        placed: false,
        units: [],
      });
      continue;
    }
    seen.add(p.identity);
    notes.push(...p.notes);
    addCounts(totalAcc, row.groups);
    totalSources.push(row.source);
    totalRows++;
    if (p.target === "total-only") continue;
    let b = buckets.get(p.target.key);
    if (b === undefined) {
      b = { target: p.target, acc: new Map(), sources: [], rowCount: 0 };
      buckets.set(p.target.key, b);
    }
    addCounts(b.acc, row.groups);
    b.sources.push(row.source);
    b.rowCount++;
  }
  const lines = [...buckets.values()]
    .sort((a, b) => (a.target.kind === b.target.kind ? a.target.code.localeCompare(b.target.code) : a.target.kind === "unit" ? -1 : 1))
    .map((b) => line(b.target.kind, b.target.code, b.target.name, b.acc, b.sources, b.rowCount));
  const data = adminData();
  const province = opts.period === "after" ? data.provinceAfter : (data.before.get(opts.provinceCode ?? YEN_BAI_CODE) ?? data.provinceAfter);
  return { period: opts.period, by: opts.by, lines, total: line("total", province.code, province.name, totalAcc, totalSources, totalRows), notes };
}
