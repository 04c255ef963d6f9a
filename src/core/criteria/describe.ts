import type { CriterionResult, Outcome, Verdict } from "./verdict";
import { criterionMessageEn, failuresEn, outcomeLabelEn, setNoteEn, verdictLineEn } from "../messages/criteria.en";
import { criterionMessageVi, failuresVi, outcomeLabelVi, setNoteVi, verdictLineVi } from "../messages/criteria.vi";

/** A language of the product's messages. */
export type VerdictLang = "vi" | "en";

/** A verdict in one short line ("Đạt — 86/100 điểm", "Chưa đủ dữ liệu: thiếu CS4, CS7", "Mức độ 1"). */
export function describeVerdict(v: Verdict, lang: VerdictLang = "vi"): string {
  return lang === "en" ? verdictLineEn(v) : verdictLineVi(v);
}

/** The failed criteria in plain sentences, each marked when it used an unconfirmed value. */
export function describeFailures(v: Verdict, lang: VerdictLang = "vi"): string[] {
  return lang === "en" ? failuresEn(v) : failuresVi(v);
}

/** Same as describeFailures, under the name the app's JSON report uses. */
export const describeVerdictFailures = describeFailures;

/** The name of an outcome ("Đạt", "Mức độ 1", "Tốt"). */
export function outcomeLabel(o: Outcome, lang: VerdictLang = "vi"): string {
  return lang === "en" ? outcomeLabelEn(o) : outcomeLabelVi(o);
}

/** One criterion result as a plain sentence, met or not, marked when it used an unconfirmed value. */
export function describeCriterion(c: CriterionResult, lang: VerdictLang = "vi"): string {
  return lang === "en" ? criterionMessageEn(c) : criterionMessageVi(c);
}

/** The set and version a verdict rests on, in words ("bộ tiêu chí gia-dinh-448, phiên bản 2015.1"). */
export function describeSet(v: Verdict, lang: VerdictLang = "vi"): string {
  return lang === "en" ? setNoteEn(v) : setNoteVi(v);
}

/**
 * What a result cell says (ô kết quả) — the one rule the functions, the fill command and the fixes share: the outcome,
 * "(chưa xác nhận)" when a value it used is unconfirmed; an undecided verdict names every missing or invalid input.
 */
export function verdictResult(v: Verdict, lang: VerdictLang = "vi"): string {
  if (v.outcome === "insufficient-data") return describeVerdict(v, lang);
  const unconfirmed = lang === "en" ? " (unconfirmed)" : " (chưa xác nhận)";
  return `${outcomeLabel(v.outcome, lang)}${v.provisional ? unconfirmed : ""}`;
}

/** Why a verdict is what it is, for a reason cell: the failures (or the one-line verdict) and the set it rests on. */
export function verdictReason(v: Verdict, lang: VerdictLang = "vi"): string {
  const failures = describeFailures(v, lang);
  return `${failures.length ? failures.join("; ") : describeVerdict(v, lang)} — ${describeSet(v, lang)}`;
}

