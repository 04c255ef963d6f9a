import type { Grid } from "../../grid/grid";
import { decimalsShown, type CellRead } from "../read-cell";
import { formatNumberVi, type IssueSink } from "../sink";
import { rateMatches } from "./rate";
import { numAt, type SummaryLayout } from "./summary-layout";

/** Running sums over the rows an aggregate row must equal (per field: sum and whether any value was seen). */
export class PartSums {
  readonly sums: Float64Array;
  readonly seen: Uint8Array;
  readonly rateSum: Float64Array;
  readonly rateCount: Uint32Array;
  parts = 0;

  constructor(readonly layout: SummaryLayout) {
    this.sums = new Float64Array(layout.fields.length);
    this.seen = new Uint8Array(layout.fields.length);
    this.rateSum = new Float64Array(layout.groups.length);
    this.rateCount = new Uint32Array(layout.groups.length);
  }

  /** Adds one unit row. */
  add(vals: readonly CellRead[]): void {
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (typeof v === "number") {
        this.sums[i] += v;
        this.seen[i] = 1;
      }
    }
    this.addRow(vals);
  }

  /**
   * Counts one unit row whose numbers the caller has already added to `sums` and `seen` field by field (as the
   * summary check does while it reads them): the part count and the rates' running mean.
   */
  addRow(vals: readonly CellRead[]): void {
    this.parts += 1;
    const groups = this.layout.groups;
    for (let k = 0; k < groups.length; k++) {
      const r = numAt(vals, groups[k].rate);
      if (r !== null) {
        this.rateSum[k] += r;
        this.rateCount[k] += 1;
      }
    }
  }

  /** The sum of a field over the parts, or null when no part had a value. */
  sum(i: number): number | null {
    return i >= 0 && this.seen[i] ? this.sums[i] : null;
  }
}

const ROLES = ["total", "registered", "recognised"] as const;

/** Checks that an aggregate row (totals or a district sub-total) equals the sum of its parts, rates from sums. */
export function checkAggregate(
  grid: Grid,
  aggRow: number,
  vals: readonly CellRead[],
  parts: PartSums,
  sink: IssueSink,
  code: "totals-mismatch" | "subtotal-mismatch",
): void {
  const layout = parts.layout;
  if (parts.parts === 0) return;
  layout.groups.forEach((g, k) => {
    for (const role of ROLES) {
      const i = g[role];
      const stated = numAt(vals, i);
      const sum = parts.sum(i);
      if (stated === null || sum === null || Math.abs(stated - sum) < 1e-9) continue;
      sink.add(code, "error", aggRow, layout.cols[i], { group: g.label, field: role, stated, sum, parts: parts.parts }, { input: stated, fieldId: layout.fields[i].id, fix: { value: sum, safe: false } });
    }
    const stated = numAt(vals, g.rate);
    const rec = parts.sum(g.recognised);
    const tot = parts.sum(g.total);
    if (stated === null || rec === null || !tot) return;
    const col = layout.cols[g.rate];
    const decimals = decimalsShown(grid, aggRow, col);
    if (rateMatches(stated, rec, tot, decimals)) return;
    const mean = parts.rateCount[k] > 0 ? parts.rateSum[k] / parts.rateCount[k] : null;
    const f = 10 ** Math.max(decimals, 1);
    const expected = Math.round((rec / tot) * 100 * f) / f;
    // Otherwise the row rate rule has already compared the rate with the row's own counts.
    if (mean !== null && Math.abs(mean - stated) <= 0.5 / 10 ** decimals + 1e-9) {
      sink.add("totals-rate-averaged", "error", aggRow, col, { group: g.label, rate: formatNumberVi(stated), expected: formatNumberVi(expected) }, { input: stated, fieldId: `${g.id}.rate`, fix: { value: expected, safe: false } });
    }
  });
}
