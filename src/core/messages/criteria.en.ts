import type { CriterionResult, Outcome, Verdict } from "../criteria/verdict";
import { isReasonCode } from "../criteria/reason";

type Params = CriterionResult["params"];

const num = (v: string | number | undefined): string => (typeof v === "number" ? String(Math.round(v * 10) / 10) : String(v ?? ""));
const p = (x: Params, k: string) => num(x[k]);
const code = (c: CriterionResult) => String(c.params.code ?? c.label);
/** The allowed range of a value ("0–10"; "≥ 1" when there is no real upper bound). */
const range = (x: Params) => (Number(x.max) >= 1e12 ? `≥ ${p(x, "min")}` : `${p(x, "min")}–${p(x, "max")}`);
const LEVEL_EN: Record<string, string> = { "level-1": "Level 1", "level-2": "Level 2", met: "the pass level" };

/** The suffix of results that used an unconfirmed value. */
export const PROVISIONAL_SUFFIX_EN = "(uses unconfirmed values)";

/** The English name of an outcome. */
export function outcomeLabelEn(o: Outcome): string {
  switch (o) {
    case "met":
      return "Met";
    case "not-met":
      return "Not met";
    case "insufficient-data":
      return "Not enough data";
    case "level-1":
      return "Level 1";
    case "level-2":
      return "Level 2";
    case "good":
      return "Good";
    case "fair":
      return "Fair";
    case "average":
      return "Average";
    case "fail":
      return "Fail";
  }
}

/** A criterion result in a few words for one-line verdicts. Exhaustive on reason codes. */
export function criterionShortEn(c: CriterionResult): string {
  const x = c.params;
  if (!isReasonCode(c.reason)) return c.label;
  switch (c.reason) {
    case "met":
      return `${code(c)} met`;
    case "band-reached":
      return `band ${String(x.band)}`;
    case "item-below-minimum":
    case "group-below-minimum":
      return `${code(c)} = ${p(x, "value")} < ${p(x, "min")}`;
    case "total-below-minimum":
      return `total ${p(x, "value")} < ${p(x, "min")}`;
    case "share-below-minimum":
      return `share ${p(x, "rate")}% < ${p(x, "min")}%`;
    case "condition-not-met":
      return `not met: ${c.label}`;
    case "level-target-not-met":
      return `${c.label} ${p(x, "value")}% < ${p(x, "min")}%`;
    case "not-applicable":
      return `${code(c)} not applicable`;
    case "missing-input":
      return code(c);
    case "value-out-of-range":
      return `${code(c)} = ${p(x, "value")} outside ${range(x)}`;
  }
}

/** A criterion result as a plain English sentence. Exhaustive on reason codes. */
export function criterionMessageEn(c: CriterionResult): string {
  const x = c.params;
  const tail = c.provisional ? ` ${PROVISIONAL_SUFFIX_EN}` : "";
  if (!isReasonCode(c.reason)) return `${c.label}${tail}`;
  const level = LEVEL_EN[String(x.level)] ?? "";
  let s: string;
  switch (c.reason) {
    case "met":
      s = `${c.label}: met.`;
      break;
    case "band-reached":
      s = `Total ${p(x, "value")}/${p(x, "max")}: band ${String(x.band)}.`;
      break;
    case "item-below-minimum":
      s = `${c.label}: ${p(x, "value")} points, below the minimum of ${p(x, "min")}.`;
      break;
    case "group-below-minimum":
      s = `${c.label}: ${p(x, "value")}/${p(x, "max")} points, below the minimum of ${p(x, "min")}.`;
      break;
    case "total-below-minimum":
      s = `Total ${p(x, "value")}/${p(x, "max")}, below the required ${p(x, "min")}.`;
      break;
    case "share-below-minimum":
      s = `Share of learning families ${p(x, "rate")}% (${p(x, "recognised")}/${p(x, "households")} households), below ${p(x, "min")}%.`;
      break;
    case "condition-not-met":
      s = `Not met: ${c.label}${level ? ` (${level})` : ""}.`;
      break;
    case "level-target-not-met":
      s = `${c.label}: ${p(x, "value")}%, below the ${p(x, "min")}% of ${level}.`;
      break;
    case "not-applicable":
      s = `${c.label}: not applicable.`;
      break;
    case "missing-input":
      s = `Missing data: ${c.label}.`;
      break;
    case "value-out-of-range":
      s = `${c.label}: value "${p(x, "value")}" outside the allowed ${range(x)}.`;
      break;
  }
  return `${s}${tail}`;
}

/** A verdict in one short English line ("Met — 86/100 points", "Not met: CS3 = 4 < 5; total 78 < 80"). */
export function verdictLineEn(v: Verdict): string {
  const failed = v.criteria.filter((c) => !c.met);
  const pts = v.points !== undefined ? ` — ${num(v.points)}/${num(v.maxPoints)} points` : "";
  let line: string;
  if (v.outcome === "insufficient-data") {
    const missing = failed.filter((c) => c.reason === "missing-input").map(code);
    const bad = failed.filter((c) => c.reason === "value-out-of-range").map(criterionShortEn);
    line = `Not enough data: ${[missing.length ? `missing ${missing.join(", ")}` : "", ...bad].filter(Boolean).join("; ")}`;
  } else if (v.outcome === "not-met" || v.outcome === "fail") {
    line = `${outcomeLabelEn(v.outcome)}${failed.length ? `: ${failed.map(criterionShortEn).join("; ")}` : pts}`;
  } else line = `${outcomeLabelEn(v.outcome)}${pts}`;
  return v.provisional ? `${line} ${PROVISIONAL_SUFFIX_EN}` : line;
}

/** The failed criteria of a verdict as English sentences; empty when nothing failed. */
export function failuresEn(v: Verdict): string[] {
  return v.criteria.filter((c) => !c.met).map(criterionMessageEn);
}

/** The criteria set a verdict rests on, as results name it ("criteria set gia-dinh-448, version 2015.1"). */
export function setNoteEn(v: Verdict): string {
  return `criteria set ${v.setId}, version ${v.setVersion}${v.area ? `, area ${v.area}` : ""}`;
}
