import { validateSheet } from "../src/core/validation/validate";
import type { ValidationContext } from "../src/core/validation/context";
import { summaryGrid } from "./generate";
import { fmt, gc, inChild, maxRssMb, memNow, printTable, reply, timeMedian, warmUp } from "./util";

/** The context every benchmark validates with (a fixed "today"). */
export const CTX: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };

/** Columns of a generated tong-hop-mo-hinh sheet. */
export const COLUMNS = 25;

interface ValidationRun {
  rows: number;
  ms: number;
  issues: number;
  gridMb: number;
  baseRssMb: number;
  peakRssMb: number;
}

/** Child task: validates a generated sheet of `rows` rows (after a warm-up) and reports the median time and memory. */
export async function validationChild(rows: number): Promise<void> {
  gc();
  const heap0 = memNow().heap;
  const grid = summaryGrid(rows, 1);
  gc();
  const base = memNow();
  // Warm up on another sheet of 10k rows (≥ 8 runs and ≥ 1 s), after the last full GC: see minorGc in util.ts.
  const warm = summaryGrid(10_000, 7);
  await warmUp(() => validateSheet(warm, CTX), 8, 1000);
  let issues = 0;
  const reps = rows >= 1_000_000 ? 3 : rows >= 100_000 ? 5 : 9;
  const ms = await timeMedian(reps, () => (issues = validateSheet(grid, CTX).issues.length));
  reply({ rows, ms, issues, gridMb: base.heap - heap0, baseRssMb: base.rss, peakRssMb: maxRssMb() } satisfies ValidationRun);
}

/** Section 1: throughput and growth of the validation engine, one fresh process per size. */
export function benchValidation(sizes: readonly number[]): ValidationRun[] {
  const runs = sizes.map((n) => inChild<ValidationRun>("validate", n));
  const rows = runs.map((r, i) => {
    const prev = runs[i - 1];
    const growth = prev ? `${fmt(r.ms / prev.ms, 1)}× / ${fmt(r.rows / prev.rows, 0)}×` : "—";
    return [
      fmt(r.rows),
      fmt(r.ms, 1),
      fmt((r.rows * COLUMNS) / (r.ms / 1000)),
      fmt(r.rows / (r.ms / 1000)),
      fmt((r.ms * 1000) / r.rows, 2),
      growth,
      fmt(r.issues),
      fmt(r.gridMb, 0),
      fmt(r.peakRssMb - r.baseRssMb, 0),
      fmt(r.peakRssMb, 0),
    ];
  });
  printTable(
    "1. Validation engine: validateSheet on generated tong-hop-mo-hinh sheets (25 columns, ~1% faulty rows)",
    ["rows", "median ms", "cells/s", "rows/s", "µs/row", "time growth / size growth", "issues", "grid heap MB", "peak RSS − base MB", "peak RSS MB"],
    rows,
    "Median of 9 runs (5 at 100k, 3 at 1M) after a warm-up (≥ 8 runs on a 10k sheet, ≥ 1 s), a minor GC before each, each size in a fresh process; end to end on the Grid (header detection, every rule, sorting).\n" +
      "grid heap = the generated sheet itself; peak RSS − base = process peak above the RSS once the grid is built.",
  );
  return runs;
}
