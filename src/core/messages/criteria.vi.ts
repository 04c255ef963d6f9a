import type { CriterionResult, Outcome, Verdict } from "../criteria/verdict";
import { isReasonCode } from "../criteria/reason";

type Params = CriterionResult["params"];

/** A number as Vietnamese text: comma decimals, at most one decimal ("84,9"). */
export const numVi = (v: string | number | undefined): string =>
  typeof v === "number" ? String(Math.round(v * 10) / 10).replace(".", ",") : String(v ?? "");

const p = (x: Params, k: string) => numVi(x[k]);
const code = (c: CriterionResult) => String(c.params.code ?? c.label);
/** The allowed range of a value ("0–10"; "≥ 1" when there is no real upper bound). */
const range = (x: Params) => (Number(x.max) >= 1e12 ? `≥ ${p(x, "min")}` : `${p(x, "min")}–${p(x, "max")}`);
const LEVEL_VI: Record<string, string> = { "level-1": "Mức độ 1", "level-2": "Mức độ 2", met: "mức Đạt" };

/** The suffix of results that used an unconfirmed value. */
export const PROVISIONAL_SUFFIX_VI = "(có giá trị chưa xác nhận)";

/** The Vietnamese name of an outcome (Đạt, Không đạt, Mức độ 1, Tốt, …). */
export function outcomeLabelVi(o: Outcome): string {
  switch (o) {
    case "met":
      return "Đạt";
    case "not-met":
      return "Không đạt";
    case "insufficient-data":
      return "Chưa đủ dữ liệu";
    case "level-1":
      return "Mức độ 1";
    case "level-2":
      return "Mức độ 2";
    case "good":
      return "Tốt";
    case "fair":
      return "Khá";
    case "average":
      return "Trung bình";
    case "fail":
      return "Không đạt";
  }
}

/** A criterion result in a few words for one-line verdicts ("CS3 = 4 < 5", "tổng 78 < 80"). Exhaustive on reason codes. */
export function criterionShortVi(c: CriterionResult): string {
  const x = c.params;
  if (!isReasonCode(c.reason)) return c.label;
  switch (c.reason) {
    case "met":
      return `${code(c)} đạt`;
    case "band-reached":
      return `xếp loại ${String(x.band)}`;
    case "item-below-minimum":
    case "group-below-minimum":
      return `${code(c)} = ${p(x, "value")} < ${p(x, "min")}`;
    case "total-below-minimum":
      return `tổng ${p(x, "value")} < ${p(x, "min")}`;
    case "share-below-minimum":
      return `tỷ lệ ${p(x, "rate")}% < ${p(x, "min")}%`;
    case "condition-not-met":
      return `chưa: ${c.label}`;
    case "level-target-not-met":
      return `${c.label} ${p(x, "value")}% < ${p(x, "min")}%`;
    case "not-applicable":
      return `${code(c)} không áp dụng`;
    case "missing-input":
      return code(c);
    case "value-out-of-range":
      return `${code(c)} = ${p(x, "value")} ngoài ${range(x)}`;
  }
}

/** A criterion result as a plain Vietnamese sentence (lý do). Exhaustive on reason codes. */
export function criterionMessageVi(c: CriterionResult): string {
  const x = c.params;
  const tail = c.provisional ? ` ${PROVISIONAL_SUFFIX_VI}` : "";
  if (!isReasonCode(c.reason)) return `${c.label}${tail}`;
  const level = LEVEL_VI[String(x.level)] ?? "";
  let s: string;
  switch (c.reason) {
    case "met":
      s = `${c.label}: đạt.`;
      break;
    case "band-reached":
      s = `Tổng điểm ${p(x, "value")}/${p(x, "max")}: xếp loại ${String(x.band)}.`;
      break;
    case "item-below-minimum":
      s = `${c.label}: ${p(x, "value")} điểm, thấp hơn mức tối thiểu ${p(x, "min")}.`;
      break;
    case "group-below-minimum":
      s = `${c.label}: ${p(x, "value")}/${p(x, "max")} điểm, thấp hơn mức tối thiểu ${p(x, "min")}.`;
      break;
    case "total-below-minimum":
      s = `Tổng điểm ${p(x, "value")}/${p(x, "max")}, thấp hơn mức ${p(x, "min")} cần đạt.`;
      break;
    case "share-below-minimum":
      s = `Tỷ lệ hộ đạt Gia đình học tập ${p(x, "rate")}% (${p(x, "recognised")}/${p(x, "households")} hộ), thấp hơn ${p(x, "min")}%.`;
      break;
    case "condition-not-met":
      s = `Chưa đạt: ${c.label}${level ? ` (${level})` : ""}.`;
      break;
    case "level-target-not-met":
      s = `${c.label}: ${p(x, "value")}%, chưa đạt ${p(x, "min")}% của ${level}.`;
      break;
    case "not-applicable":
      s = `${c.label}: không áp dụng.`;
      break;
    case "missing-input":
      s = `Thiếu dữ liệu: ${c.label}.`;
      break;
    case "value-out-of-range":
      s = `${c.label}: giá trị "${p(x, "value")}" ngoài khoảng cho phép ${range(x)}.`;
      break;
  }
  return `${s}${tail}`;
}

/** A verdict in one short Vietnamese line ("Đạt — 86/100 điểm", "Không đạt: CS3 = 4 < 5; tổng 78 < 80"). */
export function verdictLineVi(v: Verdict): string {
  const failed = v.criteria.filter((c) => !c.met);
  const pts = v.points !== undefined ? ` — ${numVi(v.points)}/${numVi(v.maxPoints)} điểm` : "";
  let line: string;
  if (v.outcome === "insufficient-data") {
    const missing = failed.filter((c) => c.reason === "missing-input").map(code);
    const bad = failed.filter((c) => c.reason === "value-out-of-range").map(criterionShortVi);
    line = `Chưa đủ dữ liệu: ${[missing.length ? `thiếu ${missing.join(", ")}` : "", ...bad].filter(Boolean).join("; ")}`;
  } else if (v.outcome === "not-met" || v.outcome === "fail") {
    line = `Không đạt${failed.length ? `: ${failed.map(criterionShortVi).join("; ")}` : pts}`;
  } else line = `${outcomeLabelVi(v.outcome)}${pts}`;
  return v.provisional ? `${line} ${PROVISIONAL_SUFFIX_VI}` : line;
}

/** The failed criteria of a verdict as Vietnamese sentences; empty when nothing failed. */
export function failuresVi(v: Verdict): string[] {
  return v.criteria.filter((c) => !c.met).map(criterionMessageVi);
}

/** The criteria set a verdict rests on, as results name it ("bộ tiêu chí gia-dinh-448, phiên bản 2015.1"). */
export function setNoteVi(v: Verdict): string {
  return `bộ tiêu chí ${v.setId}, phiên bản ${v.setVersion}${v.area ? `, vùng ${v.area}` : ""}`;
}
