import type { Grid } from "../grid/grid";
import type { Detection } from "../templates/detect";
import type { TableRows } from "../templates/read-rows";
import type { RowVerdict } from "./report";
import { readCell, type ReadCell } from "./read-cell";
import { checkDuplicates, type DuplicateCandidate } from "./rules/duplicates";
import { checkOrdinals } from "./rules/ordinal";
import { checkRowVerdict, rowCriteriaSet } from "./rules/row-verdict";
import { checkGroupsOfSubject } from "./rules/subject-counts";
import { formatNumberVi, type IssueSink } from "./sink";
import type { ValidationContext } from "./context";

/** Items summed into the written total, per template (tổng điểm = tổng các tiêu chí). */
const POINT_ITEMS: Readonly<Record<string, readonly string[]>> = {
  "cong-dan-hoc-tap": Array.from({ length: 10 }, (_, i) => `cs${i + 1}`),
  "gia-dinh-hoc-tap": ["tc1", "tc2", "tc3", "tc4"],
  "don-vi-hoc-tap": ["c1", "c2", "c3"],
};

/** Identity of a subject for the duplicate rule: extra fields, the issue code and its severity. */
const DUPLICATES: Readonly<Record<string, { context: readonly string[]; code: "duplicate-person" | "duplicate-household" | "duplicate-unit"; severity: "error" | "warning" }>> = {
  "cong-dan-hoc-tap": { context: ["birth-year", "village"], code: "duplicate-person", severity: "warning" },
  "gia-dinh-hoc-tap": { context: ["village"], code: "duplicate-household", severity: "error" },
  "dong-ho-hoc-tap": { context: ["village"], code: "duplicate-unit", severity: "error" },
  "cong-dong-hoc-tap-thon": { context: [], code: "duplicate-unit", severity: "error" },
  "don-vi-hoc-tap": { context: [], code: "duplicate-unit", severity: "error" },
};

/** Checks a list of subjects (persons, households, clans, villages, units): cells, sums, plausibility, verdicts. */
export function checkSubjectSheet(grid: Grid, d: Detection, rows: TableRows, year: number | null, ctx: ValidationContext, sink: IssueSink): RowVerdict[] {
  const t = d.template;
  const fields = t.fields.filter((f) => d.columns.has(f.id) && f.id !== "ordinal");
  const verdicts: RowVerdict[] = [];
  const dupe = DUPLICATES[t.id];
  const candidates: DuplicateCandidate[] = [];
  const set = rowCriteriaSet(t, year, ctx);
  for (const r of rows) {
    if (r.kind !== "data") continue;
    const values = new Map<string, ReadCell>();
    for (const f of fields) values.set(f.id, readCell(grid, r.row, d.columns.get(f.id) as number, f, sink));
    checkPointsTotal(t.id, values, d, r.row, sink);
    checkBirthYear(values, d, r.row, year, sink);
    checkGroupsOfSubject(values, d, r.row, sink);
    const name = values.get(t.nameField)?.value;
    if (dupe) {
      candidates.push({
        row: r.row,
        col: d.columns.get(t.nameField) as number,
        name: typeof name === "string" ? name : r.name,
        context: dupe.context.map((id) => {
          const v = values.get(id)?.value;
          return v === undefined || typeof v === "boolean" ? null : v;
        }),
      });
    }
    const verdict = checkRowVerdict(t, set, values, d, r.row, sink);
    if (verdict) verdicts.push({ row: r.row + 1, subject: typeof name === "string" ? name : r.name, verdict });
  }
  if (dupe) checkDuplicates(candidates, dupe.code, dupe.severity, sink);
  checkOrdinals(grid, rows, d.columns.get("ordinal"), sink);
  return verdicts;
}

function checkPointsTotal(templateId: string, values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, sink: IssueSink): void {
  const items = POINT_ITEMS[templateId];
  const col = d.columns.get("total-points");
  const stated = values.get("total-points")?.value;
  if (!items || col === undefined || typeof stated !== "number") return;
  let sum = 0;
  for (const id of items) {
    const v = values.get(id);
    if (!v || typeof v.value !== "number") return;
    sum += v.value;
  }
  if (Math.abs(sum - stated) > 1e-9) {
    sink.add("points-total-mismatch", "error", row, col, { stated: formatNumberVi(stated), sum: formatNumberVi(sum) }, { input: stated, fieldId: "total-points", fix: { value: sum, safe: false } });
  }
}

function checkBirthYear(values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, year: number | null, sink: IssueSink): void {
  const col = d.columns.get("birth-year");
  const born = values.get("birth-year")?.value;
  if (col === undefined || typeof born !== "number") return;
  // A birth year after the report year, or before 1900, cannot be true: an error; an unusual age is only a warning.
  if (born < 1900 || (year !== null && born > year)) {
    sink.add("birth-year-impossible", "error", row, col, { born, year: year ?? "", when: year !== null && born > year ? "after" : "before" }, { input: born, fieldId: "birth-year" });
    return;
  }
  if (year === null) return;
  const age = year - born;
  if (age < 15 || age > 100) sink.add("birth-year-implausible", "warning", row, col, { born, age, year }, { input: born, fieldId: "birth-year" });
}
