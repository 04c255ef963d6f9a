import type { Outcome, Verdict } from "./verdict";
import { failuresEn, outcomeLabelEn, verdictLineEn } from "../messages/criteria.en";
import { failuresVi, outcomeLabelVi, verdictLineVi } from "../messages/criteria.vi";

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
