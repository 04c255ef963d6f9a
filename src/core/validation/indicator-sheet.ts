import { describeFailures, evaluate, parseYesNo, verdictResult, type CriteriaInput, type CriteriaSet, type Verdict } from "../criteria";
import { cellAt, type Grid } from "../grid/grid";
import type { Detection } from "../templates/detect";
import type { TableRows } from "../templates/read-rows";
import type { ValidationContext } from "./context";
import type { RowVerdict } from "./report";
import { readCommuneTitle, type CommuneTitle } from "./rules/commune-title";
import { indicatorCodes, isCriterionCode, rowCode, type IndicatorCodes, type IndicatorEntry } from "./rules/indicator-codes";
import { withInvalidCells, type InvalidInput } from "./rules/invalid-input";
import { RECOGNITION_YEARS } from "./rules/recognition";
import { rowCriteriaSet } from "./rules/row-verdict";
import { shown, type IssueSink } from "./sink";

const LEVEL_LABEL = { 1: "Mức độ 1", 2: "Mức độ 2" } as const;

/** The indicator rows read: the engine's input, unusable cells and the sheet row each indicator was found on. */
interface TableRead {
  readonly input: Record<string, boolean | null>;
  readonly invalid: Map<string, InvalidInput>;
  readonly seen: Map<string, number>;
  /** Indicators whose assessment cell is blank, with their 0-based row and column. */
  readonly blank: { readonly entry: IndicatorEntry; readonly row: number; readonly col: number }[];
  /** Rows whose code the set does not know (reported only when the table follows the set at all). */
  readonly unknown: { readonly code: string; readonly row: number }[];
  /** Criterion heading rows whose assessment was written and read (Đạt / Không đạt), to compare with their indicators. */
  readonly criteria: { readonly code: string; readonly row: number; readonly col: number; readonly met: boolean; readonly written: string }[];
}

function readIndicators(grid: Grid, d: Detection, rows: TableRows, codes: IndicatorCodes, setName: string, sink: IssueSink): TableRead {
  const codeCol = d.columns.get("code");
  const contentCol = d.columns.get("content") as number;
  const saCol = d.columns.get("self-assessment") as number;
  const input: Record<string, boolean | null> = {};
  const invalid = new Map<string, InvalidInput>();
  const seen = new Map<string, number>();
  const blank: TableRead["blank"] = [];
  const unknown: TableRead["unknown"] = [];
  const criteria: TableRead["criteria"] = [];
  for (const r of rows) {
    if (r.kind !== "data") continue;
    const code = rowCode(codeCol === undefined ? undefined : cellAt(grid, r.row, codeCol), r.name);
    const raw = cellAt(grid, r.row, saCol);
    const written = raw !== null && !(typeof raw === "string" && raw.trim() === "");
    if (code !== null && isCriterionCode(code) && codes.criteria.has(code)) {
      const met = parseYesNo(raw);
      if (met === undefined) sink.add("self-assessment-invalid", "error", r.row, saCol, { code, value: shown(raw) }, { input: raw, fieldId: "self-assessment" });
      else if (met !== null) criteria.push({ code, row: r.row, col: saCol, met, written: shown(raw) });
      continue;
    }
    const entry = code === null ? undefined : codes.byCode.get(code);
    if (!entry) {
      // A line of text without a code and without an assessment is an explanation, not an indicator.
      if (code === null && !written) continue;
      unknown.push({ code: code ?? r.name.slice(0, 40), row: r.row });
      continue;
    }
    const first = seen.get(entry.id);
    if (first !== undefined) {
      sink.add("indicator-duplicate", "error", r.row, codeCol ?? contentCol, { code: entry.code, label: entry.label, first: first + 1 }, { fieldId: codeCol === undefined ? "content" : "code" });
      continue;
    }
    seen.set(entry.id, r.row);
    const value = parseYesNo(raw);
    if (value === undefined) {
      sink.add("self-assessment-invalid", "error", r.row, saCol, { code: entry.code, value: shown(raw) }, { input: raw, fieldId: "self-assessment" });
      input[entry.id] = null;
      invalid.set(entry.id, { value: shown(raw), min: 0, max: 1 });
    } else {
      if (value === null) blank.push({ entry, row: r.row, col: saCol });
      input[entry.id] = value;
    }
  }
  // A table with more rows the set does not know than rows it does follows another set: one warning, not an error a row.
  if (unknown.length > seen.size) return { input, invalid, seen: new Map(), blank: [], unknown: [], criteria: [] };
  const at = codeCol ?? contentCol;
  for (const u of unknown) sink.add("indicator-unknown", "error", u.row, at, { code: u.code, set: setName }, { input: u.code, fieldId: codeCol === undefined ? "content" : "code" });
  return { input, invalid, seen, blank, unknown, criteria };
}

/**
 * A criterion heading's own Đạt / Không đạt against its indicators up to the level sought (Level 1 when none is):
 * "Đạt" over a failed indicator, or "Không đạt" over indicators all met, is a warning; blanks leave it unchecked.
 */
function checkCriterionRows(codes: IndicatorCodes, read: TableRead, title: CommuneTitle, sink: IssueSink): void {
  for (const c of read.criteria) {
    const own = codes.items.filter((e) => e.code.startsWith(`${c.code}.`) && (e.level !== "level-2" || title.sought?.value === 2));
    const values = own.map((e) => read.input[e.id]);
    if (own.length === 0 || values.some((v) => v === null || v === undefined)) continue;
    const failed = own.filter((e) => read.input[e.id] === false).map((e) => e.code);
    if (c.met === (failed.length === 0)) continue;
    const params = { code: c.code, written: c.written, failed: failed.join(", "), all: own.map((e) => e.code).join(", ") };
    sink.add("criterion-assessment-disagrees", "warning", c.row, c.col, params, { input: c.written, fieldId: "self-assessment" });
  }
}

/**
 * Names every indicator of the set that has no row or no assessment: Level 1's always, a higher level's when the
 * commune seeks it or the table assesses any of that level's indicators (a commune seeking Level 1 need not fill
 * Level 2's).
 */
function checkMissing(codes: IndicatorCodes, read: TableRead, title: CommuneTitle, at: { row: number; col: number }, sink: IssueSink): void {
  const firstLevel = codes.items[0]?.level;
  const written = new Set(codes.items.filter((e) => read.seen.has(e.id) && (read.input[e.id] !== null || read.invalid.has(e.id))).map((e) => e.level));
  const needed = (e: IndicatorEntry) => e.level === firstLevel || written.has(e.level) || (title.sought?.value === 2 && e.level === "level-2");
  for (const e of codes.items) {
    if (!read.seen.has(e.id) && needed(e)) sink.add("indicator-missing", "warning", at.row, at.col, { code: e.code, label: e.label, level: e.levelLabel }, { fieldId: "content" });
  }
  for (const b of read.blank) if (needed(b.entry)) sink.add("self-assessment-blank", "warning", b.row, b.col, { code: b.entry.code, label: b.entry.label }, { fieldId: "self-assessment" });
}

/**
 * The commune's verdict with Level 2 withheld when Level 1 was recognised less than 12 months before (the same or a
 * later year; only years are known), warned whenever Level 2 is sought or reached that soon; and an expired Level 1.
 */
function spacedVerdict(v: Verdict, input: CriteriaInput, codes: IndicatorCodes, title: CommuneTitle, year: number | null, set: CriteriaSet, sink: IssueSink): Verdict {
  const l1 = title.level1Year;
  if (!l1 || year === null) return v;
  if (year > l1.value + RECOGNITION_YEARS)
    sink.add("recognition-expired", "warning", l1.row, l1.col, { granted: l1.value, validTo: l1.value + RECOGNITION_YEARS, year }, { input: l1.value });
  if (l1.value < year || (v.outcome !== "level-2" && title.sought?.value !== 2)) return v;
  sink.add("recognition-too-early", "warning", l1.row, l1.col, { granted: l1.value, year }, { input: l1.value });
  if (v.outcome !== "level-2") return v;
  const withoutLevel2: Record<string, boolean | number | null> = { ...(input as Record<string, boolean | number | null>) };
  for (const e of codes.items) if (e.level === "level-2") withoutLevel2[e.id] = null;
  return evaluate(set, withoutLevel2);
}

/**
 * Checks one commune's self-assessment table (bảng tự đánh giá theo tiêu chí, chỉ số): every row's indicator and
 * assessment, the indicators missing from it, and ONE verdict for the commune under the set in force for the report
 * year — the level reached, Level 2 only 12 months or more after Level 1 where the title says when.
 */
export function checkIndicatorSheet(grid: Grid, d: Detection, rows: TableRows, year: number | null, ctx: ValidationContext, sink: IssueSink): RowVerdict[] {
  const t = d.template;
  const title = readCommuneTitle(grid, d.headerTop);
  const origin = { row: grid.origin.row, col: grid.origin.col };
  if (!title.commune) sink.add("commune-name-missing", "warning", origin.row, origin.col);
  const set = rowCriteriaSet(t, year, ctx)?.fixed ?? null;
  const codes = set ? indicatorCodes(set) : null;
  if (!set || !codes) return [];
  const read = readIndicators(grid, d, rows, codes, set.name, sink);
  const contentCol = d.columns.get("content") as number;
  if (read.seen.size === 0) {
    sink.add("unit-layout-mismatch", "warning", d.firstBodyRow, contentCol, { set: set.name, year: year ?? ctx.today.year });
    return [];
  }
  checkMissing(codes, read, title, { row: d.headerBottom, col: contentCol }, sink);
  checkCriterionRows(codes, read, title, sink);
  const evaluated = withInvalidCells(evaluate(set, read.input), read.invalid);
  const verdict = spacedVerdict(evaluated, read.input, codes, title, year, set, sink);
  const sought = title.sought;
  const reachedLevel = verdict.outcome === "level-2" ? 2 : verdict.outcome === "level-1" ? 1 : 0;
  if (sought && verdict.outcome !== "insufficient-data" && reachedLevel < sought.value) {
    const unassessed = codes.items.filter((e) => e.level === "level-2" && sought.value === 2 && read.input[e.id] == null && !read.invalid.has(e.id)).map((e) => e.code);
    const failures = describeFailures(verdict).map((s) => s.replace(/\.$/, ""));
    const withheld = verdict !== evaluated && title.level1Year ? [`Mức độ 1 được công nhận năm ${title.level1Year.value}, chưa đủ 12 tháng`] : [];
    const reason = [...failures, ...withheld, ...(unassessed.length ? [`chưa tự đánh giá chỉ số ${unassessed.join(", ")}`] : [])].join("; ");
    sink.add("level-sought-not-reached", "warning", sought.row, sought.col, { sought: LEVEL_LABEL[sought.value], reached: verdictResult(verdict), reason });
  }
  const at = title.commune ?? { row: d.headerTop, value: t.title };
  return [{ row: at.row + 1, subject: at.value, verdict }];
}
