import type { Verdict } from "./verdict";
import type { Area, CriteriaSet } from "./criteria-set.schema";
import { applyArea } from "./area";
import { evaluateChecklist } from "./evaluate-checklist";
import { evaluatePoints } from "./evaluate-points";
import { evaluateShare } from "./evaluate-share";
import { inputReader, type CriteriaInput } from "./input";
import type { RuleOutcome } from "./rule-outcome";

/** Options of an evaluation: the area variant to apply when the set has one. */
export interface EvaluateOptions {
  readonly area?: Area;
}

/** Input ids of a set in order, the positions of a `scores` list (points items, or checklist items). */
export function inputOrder(set: CriteriaSet): string[] {
  const r = set.rule;
  if (r.kind === "points") return r.groups.flatMap((g) => (g.items.length ? g.items.map((it) => it.id) : [g.id]));
  if (r.kind === "checklist") return r.criteria.flatMap((c) => c.items.map((it) => it.id));
  return [r.householdsField, r.recognisedField, ...r.conditions.flatMap((c) => c.anyOf)];
}

/**
 * Decides a subject's title under a criteria set (xét danh hiệu). Missing inputs give "insufficient-data" naming them;
 * an out-of-range input (a score of 11, a negative count) is not guessed at either: it also gives "insufficient-data",
 * with reason "value-out-of-range" on that field and the field listed in both `missing` and `invalid`.
 */
export function evaluate(set: CriteriaSet, input: CriteriaInput, opts: EvaluateOptions = {}): Verdict {
  const s = applyArea(set, opts.area);
  const read = inputReader(input, inputOrder(s));
  const r: RuleOutcome =
    s.rule.kind === "points" ? evaluatePoints(s.rule, read) : s.rule.kind === "checklist" ? evaluateChecklist(s.rule, read) : evaluateShare(s.rule, read);
  const invalid = r.criteria.filter((c) => c.reason === "value-out-of-range").map((c) => c.id);
  return {
    title: s.title,
    outcome: r.outcome,
    ...(r.points !== undefined ? { points: r.points, maxPoints: r.maxPoints } : {}),
    criteria: r.criteria,
    missing: r.missing,
    ...(invalid.length ? { invalid } : {}),
    setId: s.id,
    setVersion: s.version,
    ...(s.appliedArea ? { area: s.appliedArea } : {}),
    provisional: r.provisional,
  };
}
