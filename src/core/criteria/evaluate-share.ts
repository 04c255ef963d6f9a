import type { CriterionResult } from "./verdict";
import type { ShareRule } from "./rule.schema";
import { criterion, isProvisional, missingResult, outOfRange } from "./criterion";
import { asYesNo, isBlank, type InputValue } from "./input";
import type { RuleOutcome } from "./rule-outcome";

type Read = (id: string) => InputValue;

/** Vietnamese names of the share rules' input fields, so no verdict shows a raw id ("households"). */
const LABEL: Record<string, string> = {
  households: "Tổng số hộ",
  "recognised-households": "Số hộ đạt Gia đình học tập",
  "has-fund": "Quỹ khuyến học",
  "has-rules": "Quy ước khuyến học",
  "cultural-village": "Thôn văn hóa",
  "association-active": "Chi hội khuyến học hoạt động",
};
const name = (f: string) => LABEL[f] ?? f;

/** The share in percent rounded to one decimal, as reports print it. */
export const shareRate = (recognised: number, households: number): number => Math.round((recognised / households) * 1000) / 10;

/**
 * Evaluates a share rule (dòng họ, thôn): recognised households ÷ households ≥ the minimum (compared exactly, without
 * rounding), and every yes/no condition, each met when any of its fields is yes.
 */
export function evaluateShare(rule: ShareRule, read: Read): RuleOutcome {
  const problems: CriterionResult[] = [];
  const hf = rule.householdsField;
  const rf = rule.recognisedField;
  const h = read(hf);
  const r = read(rf);
  const whole = (v: InputValue, min: number, max: number) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
  if (isBlank(h)) problems.push(missingResult(hf, name(hf), name(hf)));
  else if (!whole(h, 1, Number.MAX_SAFE_INTEGER)) problems.push(outOfRange(hf, name(hf), name(hf), h, 1, Number.MAX_SAFE_INTEGER, []));
  if (isBlank(r)) problems.push(missingResult(rf, name(rf), name(rf)));
  else if (!whole(r, 0, typeof h === "number" && h >= 1 ? h : Number.MAX_SAFE_INTEGER))
    problems.push(outOfRange(rf, name(rf), name(rf), r, 0, typeof h === "number" ? h : 0, []));
  const conds: CriterionResult[] = [];
  for (const c of rule.conditions) {
    const vals = c.anyOf.map((f) => ({ f, v: read(f) }));
    const bad = vals.find((x) => !isBlank(x.v) && asYesNo(x.v) === undefined);
    if (bad) {
      problems.push(outOfRange(bad.f, c.label, name(bad.f), bad.v, 0, 1, []));
      continue;
    }
    const yes = vals.some((x) => asYesNo(x.v) === true);
    const blank = vals.filter((x) => isBlank(x.v));
    if (!yes && blank.length) for (const x of blank) problems.push(missingResult(x.f, c.label, name(x.f)));
    else conds.push(criterion(c.id, c.label, yes, yes ? "met" : "condition-not-met", { fields: c.anyOf.join(", ") }, [{ value: 0, confidence: c.confidence }]));
  }
  const used = [rule.minShare, ...rule.conditions.map((c) => ({ value: 0, confidence: c.confidence }))];
  if (problems.length) return { outcome: "insufficient-data", criteria: problems, missing: problems.map((p) => p.id), provisional: isProvisional(used) };
  const hh = h as number;
  const rr = r as number;
  const ok = rr * 100 >= rule.minShare.value * hh;
  const share = criterion(
    "ty-le",
    "Tỷ lệ hộ đạt Gia đình học tập",
    ok,
    ok ? "met" : "share-below-minimum",
    { rate: shareRate(rr, hh), min: rule.minShare.value, recognised: rr, households: hh },
    [rule.minShare],
  );
  const criteria = [share, ...conds];
  return { outcome: criteria.every((c) => c.met) ? "met" : "not-met", criteria, missing: [], provisional: isProvisional(used) };
}
