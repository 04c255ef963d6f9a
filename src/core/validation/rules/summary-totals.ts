import type { TableRow } from "../../templates/read-rows";
import type { Template } from "../../templates/template.schema";
import { formatNumberVi, type IssueSink } from "../sink";
import { num, type RowValues } from "./summary-groups";
import { rateMatches } from "./rate";

/** A summary row with its values. */
export interface ValuedRow {
  readonly row: TableRow;
  readonly values: RowValues;
}

const COUNT_ROLES = ["total", "registered", "recognised"] as const;

function sumOf(rows: readonly ValuedRow[], id: string): number | null {
  let s = 0;
  let any = false;
  for (const r of rows) {
    const v = num(r.values, id);
    if (v !== null) {
      s += v;
      any = true;
    }
  }
  return any ? s : null;
}

/** Checks that an aggregate row (totals or a district sub-total) equals the sum of its parts, rates from sums. */
function checkAggregate(
  t: Template,
  agg: ValuedRow,
  parts: readonly ValuedRow[],
  columns: ReadonlyMap<string, number>,
  sink: IssueSink,
  code: "totals-mismatch" | "subtotal-mismatch",
): void {
  for (const g of t.groups) {
    for (const role of COUNT_ROLES) {
      const id = `${g.id}.${role}`;
      const col = columns.get(id);
      const stated = num(agg.values, id);
      const sum = sumOf(parts, id);
      if (col === undefined || stated === null || sum === null || stated === sum) continue;
      sink.add(code, "error", agg.row.row, col, { group: g.label, field: role, stated, sum, parts: parts.length }, { input: stated, fieldId: id, fix: { value: sum, safe: false } });
    }
    const rateId = `${g.id}.rate`;
    const rateCol = columns.get(rateId);
    const rateCell = agg.values.get(rateId);
    const rec = sumOf(parts, `${g.id}.recognised`);
    const tot = sumOf(parts, `${g.id}.total`);
    if (rateCol === undefined || !rateCell || typeof rateCell.value !== "number" || rec === null || !tot) continue;
    const stated = rateCell.value;
    const decimals = rateCell.decimals ?? 1;
    if (rateMatches(stated, rec, tot, decimals)) continue;
    const unitRates = parts.map((p) => num(p.values, rateId)).filter((v): v is number => v !== null);
    const mean = unitRates.length > 0 ? unitRates.reduce((a, b) => a + b, 0) / unitRates.length : null;
    const f = 10 ** Math.max(decimals, 1);
    const expected = Math.round((rec / tot) * 100 * f) / f;
    if (mean !== null && Math.abs(mean - stated) <= 0.5 / 10 ** decimals + 1e-9) {
      sink.add("totals-rate-averaged", "error", agg.row.row, rateCol, { group: g.label, rate: formatNumberVi(stated), expected: formatNumberVi(expected) }, { input: stated, fieldId: rateId, fix: { value: expected, safe: false } });
    }
    // Otherwise the row rate rule has already compared the rate with the row's own counts.
  }
}

/** Checks the totals row against the unit rows, and each district sub-total against its communes. */
export function checkTotals(t: Template, rows: readonly ValuedRow[], columns: ReadonlyMap<string, number>, sink: IssueSink): void {
  const data = rows.filter((r) => r.row.kind === "data");
  const subtotals = rows.filter((r) => r.row.kind === "subtotal");
  for (const totals of rows.filter((r) => r.row.kind === "totals")) {
    checkAggregate(t, totals, subtotals.length > 0 && data.length === 0 ? subtotals : data, columns, sink, "totals-mismatch");
  }
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].row.kind !== "subtotal") continue;
    const parts: ValuedRow[] = [];
    for (let j = i + 1; j < rows.length && rows[j].row.kind === "data"; j++) parts.push(rows[j]);
    if (parts.length > 0) checkAggregate(t, rows[i], parts, columns, sink, "subtotal-mismatch");
  }
}
