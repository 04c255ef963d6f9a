import {
  LAST_DISTRICT_DAY,
  describeFailures,
  evaluate,
  inputOrder,
  isoOf,
  selectSet,
  verdictResult,
  withOverrides,
  yearEnd,
  type CriteriaInput,
  type CriteriaSet,
  type ReportDate,
  type TitleId,
  type UnitKind,
  type Verdict,
} from "../../criteria";
import type { Detection } from "../../templates/detect";
import type { Template } from "../../templates/template.schema";
import type { ValidationContext } from "../context";
import type { ReadCell } from "../read-cell";
import type { IssueSink } from "../sink";
import { agrees, readWrittenResult } from "./written-result";
import { unitKindsOf, unitTitleOfLevel } from "./unit-level";
import { invalidInputs, withInvalidCells } from "./invalid-input";
import { checkRecognition } from "./recognition";

export { agrees, readWrittenResult } from "./written-result";

/** What decides a template's rows: the report date, the sets (overrides first) and the set of the template's title. */
export interface RowSets {
  readonly date: ReportDate;
  readonly sets: readonly CriteriaSet[];
  /** The set of the template's own title, or null when none is in force (rows whose level names another title differ). */
  readonly fixed: CriteriaSet | null;
  /** Sets chosen so far per title and unit kinds per "Loại đơn vị" text: one choice per sheet, not per row. */
  readonly cache: {
    readonly sets: Map<TitleId, CriteriaSet | null>;
    readonly kinds: Map<string, UnitKind[] | undefined>;
    readonly fits: Map<CriteriaSet, boolean>;
    /** Sets already reported as having no column on the sheet: said once per sheet, at the first such row. */
    readonly unfitSaid: Set<CriteriaSet>;
  };
}

/** The criteria sets that decide a template's rows for the report year; null when the template decides no title. */
export function rowCriteriaSet(t: Template, year: number | null, ctx: ValidationContext): RowSets | null {
  if (!t.titleId) return null;
  const sets = withOverrides(ctx.criteriaSets ?? []);
  const date = year !== null ? yearEnd(year) : ctx.today;
  return { date, sets, fixed: selectSet(t.titleId as TitleId, date, sets) ?? null, cache: { sets: new Map(), kinds: new Map(), fits: new Map(), unfitSaid: new Set() } };
}

/** Field types that feed the criteria engine. */
const INPUT_TYPES = new Set(["score", "points", "count", "boolean", "rate"]);

/** The engine's input for one row: every score, points, count and yes/no cell by field id (the set's input ids). */
export function rowInput(t: Template, values: ReadonlyMap<string, ReadCell>): CriteriaInput {
  const input: Record<string, number | boolean | null> = {};
  for (const f of t.fields) {
    if (!INPUT_TYPES.has(f.type) || f.id === "total-points" || f.id === "members") continue;
    const v = values.get(f.id)?.value;
    input[f.id] = typeof v === "number" || typeof v === "boolean" ? v : null;
  }
  return input;
}

const text = (c: ReadCell | undefined): string => (typeof c?.value === "string" ? c.value : "");

/**
 * The set for one row: a learning unit's "Cấp" names its title (cơ sở / huyện / tỉnh), other rows use the template's
 * title. Records why a row gets no set: a blank or unreadable level, or a district-level row after districts ended.
 */
function rowSet(t: Template, rs: RowSets, values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, sink: IssueSink): CriteriaSet | null {
  const levelCol = d.columns.get("level");
  if (t.rowKind !== "learning-unit" || levelCol === undefined) return rs.fixed;
  const cell = values.get("level");
  if (cell?.invalid) return null;
  const title = unitTitleOfLevel(text(cell));
  if (!title) {
    sink.add("unit-level-missing", "warning", row, levelCol, { field: "Cấp" }, { fieldId: "level" });
    return null;
  }
  let set = rs.cache.sets.get(title);
  if (set === undefined) {
    set = selectSet(title, rs.date, rs.sets) ?? null;
    rs.cache.sets.set(title, set);
  }
  if (!set && title === "don-vi-huyen" && isoOf(rs.date) > LAST_DISTRICT_DAY)
    sink.add("unit-level-ended", "warning", row, levelCol, { level: text(cell), year: rs.date.year }, { fieldId: "level", input: text(cell) });
  return set;
}

/** True when the sheet has a column for at least one input of the set (a points list cannot feed a checklist). */
function readsAnyInput(set: CriteriaSet, d: Detection): boolean {
  const r = set.rule;
  const ids = r.kind === "points" ? r.groups.flatMap((g) => [g.id, ...g.items.map((it) => it.id)]) : inputOrder(set);
  return ids.some((id) => d.columns.has(id));
}


function kindsOf(rs: RowSets, typeText: string): UnitKind[] | undefined {
  if (!rs.cache.kinds.has(typeText)) rs.cache.kinds.set(typeText, unitKindsOf(typeText));
  return rs.cache.kinds.get(typeText);
}

/**
 * Decides a row's title under the set its level and the report date call for, and checks the written result against
 * it (kết quả ghi khác kết quả tính). Cells already reported as unreadable or out of range reach the verdict as
 * invalid inputs, never as missing ones; a blank association status is a warning and leaves the verdict undecided.
 */
export function checkRowVerdict(
  t: Template,
  rs: RowSets | null,
  values: ReadonlyMap<string, ReadCell>,
  d: Detection,
  row: number,
  sink: IssueSink,
): Verdict | null {
  if (!rs) return null;
  const set = rowSet(t, rs, values, d, row, sink);
  if (!set) return null;
  let fits = rs.cache.fits.get(set);
  if (fits === undefined) {
    fits = readsAnyInput(set, d);
    rs.cache.fits.set(set, fits);
  }
  if (!fits) {
    if (!rs.cache.unfitSaid.has(set)) {
      rs.cache.unfitSaid.add(set);
      const at = d.columns.get("level") ?? d.columns.get(t.nameField) ?? 0;
      sink.add("unit-layout-mismatch", "warning", row, at, { set: set.name, year: rs.date.year });
    }
    return null;
  }
  const assoc = d.columns.get("association-active");
  if (assoc !== undefined && values.get("association-active")?.present === false)
    sink.add("association-status-blank", "warning", row, assoc, { field: "Chi hội khuyến học hoạt động" }, { fieldId: "association-active" });
  const verdict = withInvalidCells(evaluate(set, rowInput(t, values), { unitKinds: kindsOf(rs, text(values.get("unit-type"))) }), invalidInputs(t, values, sink, row));
  checkRecognition(verdict, values, d, row, rs.date.year, sink);
  const col = d.columns.get("result");
  if (col === undefined || verdict.outcome === "insufficient-data") return verdict;
  const computed = verdictResult(verdict);
  const params = { computed, set: `${verdict.setId} (phiên bản ${verdict.setVersion})`, provisional: verdict.provisional ? 1 : 0 };
  const written = text(values.get("result"));
  if (written === "") {
    sink.add("result-missing", "info", row, col, params, { fieldId: "result", fix: { value: computed, safe: false } });
    return verdict;
  }
  const read = readWrittenResult(written);
  if (read === null || !agrees(read, verdict.outcome)) {
    const reason = describeFailures(verdict)
      .map((s) => s.replace(/\.$/, ""))
      .join("; ");
    sink.add("result-disagrees", "error", row, col, { written, reason, ...params }, { input: written, fieldId: "result", fix: { value: computed, safe: false } });
  }
  return verdict;
}
