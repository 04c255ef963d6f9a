import type { Verdict } from "./verdict";
import type { Area, CriteriaSet } from "./criteria-set.schema";
import type { UnitKind } from "./rule.schema";
import { applyArea } from "./area";
import { evaluateChecklist } from "./evaluate-checklist";
import { evaluatePoints } from "./evaluate-points";
import { evaluateShare } from "./evaluate-share";
import { inputReader, type CriteriaInput } from "./input";
import { anyProvisional } from "./value-paths";
import type { RuleOutcome } from "./rule-outcome";

/** Options of an evaluation: the area variant to apply when the set has one, and the kinds of a learning unit. */
export interface EvaluateOptions {
  readonly area?: Area;
  /** What the unit is (from its "Loại đơn vị"); items limited to other kinds are then not applicable. */
  readonly unitKinds?: readonly UnitKind[];
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
    s.rule.kind === "points" ? evaluatePoints(s.rule, read) : s.rule.kind === "checklist" ? evaluateChecklist(s.rule, read, opts.unitKinds) : evaluateShare(s.rule, read);
  const invalid = r.criteria.filter((c) => c.reason === "value-out-of-range").map((c) => c.id);
  // An undecided verdict rests on the whole set, whichever inputs happened to be read: one rule, not a coincidence.
  const provisional = r.outcome === "insufficient-data" ? anyProvisional(s) : r.provisional;
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
    provisional,
  };
}
