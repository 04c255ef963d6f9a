import { describeFailures, evaluate, outcomeLabel, selectSet, withOverrides, yearEnd, type CriteriaInput, type CriteriaSet, type Outcome, type TitleId, type Verdict } from "../../criteria";
import { textKey } from "../../cells";
import type { Detection } from "../../templates/detect";
import type { Template } from "../../templates/template.schema";
import type { ValidationContext } from "../context";
import type { ReadCell } from "../read-cell";
import type { IssueSink } from "../sink";

/** The criteria set that decides a template's rows for the report year, overrides first; null when none is in force. */
export function rowCriteriaSet(t: Template, year: number | null, ctx: ValidationContext): CriteriaSet | null {
  if (!t.titleId) return null;
  const sets = withOverrides(ctx.criteriaSets ?? []);
  return selectSet(t.titleId as TitleId, year !== null ? yearEnd(year) : ctx.today, sets) ?? null;
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

type Written = Outcome | "pass";

/** Reads a written result ("Đạt", "Không đạt", "Mức độ 1", "Tốt", "Khá", "TB") as an outcome; null when unreadable. */
export function readWrittenResult(text: string): Written | null {
  const k = textKey(text);
  if (/^(khong dat|chua dat|kd|khong)$/.test(k)) return "not-met";
  if (/^(dat|d|co|cong nhan|de nghi cong nhan)$/.test(k)) return "pass";
  if (/^(muc( do)? ?1|md ?1|dat muc( do)? ?1)$/.test(k)) return "level-1";
  if (/^(muc( do)? ?2|md ?2|dat muc( do)? ?2)$/.test(k)) return "level-2";
  if (/^(tot|xuat sac)$/.test(k)) return "good";
  if (/^kha$/.test(k)) return "fair";
  if (/^(trung binh|tb)$/.test(k)) return "average";
  return null;
}

/** True when what the officer wrote says the same as the computed outcome. */
export function agrees(written: Written, computed: Outcome): boolean {
  const passing = computed === "met" || computed === "level-1" || computed === "level-2" || computed === "good" || computed === "fair" || computed === "average";
  if (written === "pass") return passing;
  if (written === "not-met") return computed === "not-met" || computed === "fail";
  return written === computed;
}

/** Decides a row's title and checks the written result against it (kết quả ghi khác kết quả tính). */
export function checkRowVerdict(
  t: Template,
  set: CriteriaSet | null,
  values: ReadonlyMap<string, ReadCell>,
  d: Detection,
  row: number,
  sink: IssueSink,
): Verdict | null {
  if (!set) return null;
  const verdict = evaluate(set, rowInput(t, values));
  const col = d.columns.get("result");
  if (col === undefined || verdict.outcome === "insufficient-data") return verdict;
  const computed = outcomeLabel(verdict.outcome);
  const cell = values.get("result");
  const text = typeof cell?.value === "string" ? cell.value : "";
  if (text === "") {
    sink.add("result-missing", "info", row, col, { computed }, { fieldId: "result", fix: { value: computed, safe: false } });
    return verdict;
  }
  const written = readWrittenResult(text);
  if (written === null || !agrees(written, verdict.outcome)) {
    const reason = describeFailures(verdict).join("; ");
    sink.add("result-disagrees", "error", row, col, { written: text, computed, reason }, { input: text, fieldId: "result", fix: { value: computed, safe: false } });
  }
  return verdict;
}
