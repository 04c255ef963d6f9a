import type { CriterionResult } from "./verdict";
import type { ChecklistItem, ChecklistRule, LevelOutcome, UnitKind } from "./rule.schema";
import type { Threshold } from "./threshold.schema";
import { criterion, isProvisional, missingResult, outOfRange } from "./criterion";
import { asYesNo, isBlank, type InputValue } from "./input";
import type { RuleOutcome } from "./rule-outcome";

type Read = (id: string) => InputValue;
type Value = boolean | number | "n/a";

/** The lowest level index that requires an item. */
function firstLevel(it: ChecklistItem, levels: readonly LevelOutcome[]): number {
  if (it.type === "yes-no") return levels.indexOf(it.from);
  const idx = levels.map((l, i) => (it.targets[l] ? i : -1)).filter((i) => i >= 0);
  return idx.length ? Math.min(...idx) : levels.length;
}

/** The percentage target of an item at a level: its own, or the nearest lower level's (Level 2 keeps Level 1). */
function targetAt(it: ChecklistItem & { type: "percent" }, levels: readonly LevelOutcome[], k: number): Threshold | undefined {
  for (let i = k; i >= 0; i--) {
    const t = it.targets[levels[i]];
    if (t) return t;
  }
  return undefined;
}

function judge(it: ChecklistItem, v: Value, levels: readonly LevelOutcome[], k: number): CriterionResult {
  const level = levels[k];
  if (v === "n/a") return criterion(it.id, it.label, true, "not-applicable", { level }, []);
  if (it.type === "yes-no") {
    const used = [{ value: 0, confidence: it.confidence }];
    return criterion(it.id, it.label, v === true, v === true ? "met" : "condition-not-met", { level }, used);
  }
  const t = targetAt(it, levels, k) as Threshold;
  const ok = (v as number) >= t.value;
  return criterion(it.id, it.label, ok, ok ? "met" : "level-target-not-met", { level, value: v as number, min: t.value }, [t]);
}

/** True when the unit's kinds are known and none is one the item applies to (không áp dụng). */
export function notApplicable(it: ChecklistItem, kinds: readonly UnitKind[] | undefined): boolean {
  return !!it.appliesTo && !!kinds && kinds.length > 0 && !kinds.some((k) => it.appliesTo?.includes(k));
}

/**
 * Evaluates a checklist (Mức độ 1 / Mức độ 2): a level is reached when every item required up to it is met. Missing
 * Level 1 inputs give insufficient data; when every input first needed at a higher level is empty, that level is
 * not assessed (the subject did not apply for it), while a partly filled higher level is insufficient data. An item
 * limited to some unit kinds is not applicable only when the unit's kinds are known and exclude it.
 */
export function evaluateChecklist(rule: ChecklistRule, read: Read, kinds?: readonly UnitKind[]): RuleOutcome {
  const levels = rule.levels.map((l) => l.outcome);
  const items = rule.criteria.flatMap((c) => c.items);
  const values = new Map<string, Value>();
  const problems: CriterionResult[] = [];
  let assessed = levels.length;
  for (let k = 0; k < levels.length && k < assessed; k++) {
    const all = items.filter((it) => firstLevel(it, levels) === k);
    for (const it of all) if (notApplicable(it, kinds)) values.set(it.id, "n/a");
    const fresh = all.filter((it) => !notApplicable(it, kinds));
    if (k > 0 && fresh.length > 0 && fresh.every((it) => isBlank(read(it.id)))) {
      assessed = k;
      break;
    }
    for (const it of fresh) {
      const v = read(it.id);
      if (isBlank(v)) {
        problems.push(missingResult(it.id, it.label, it.label));
        continue;
      }
      if (it.type === "yes-no") {
        const b = asYesNo(v);
        if (b === undefined) problems.push(outOfRange(it.id, it.label, it.label, v, 0, 1, []));
        else values.set(it.id, b);
      } else if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 100) {
        problems.push(outOfRange(it.id, it.label, it.label, v, 0, 100, []));
      } else values.set(it.id, v);
    }
  }
  const used = items
    .filter((it) => firstLevel(it, levels) < assessed)
    .flatMap((it) => (it.type === "yes-no" ? [{ value: 0, confidence: it.confidence }] : levels.slice(0, assessed).map((_, k) => targetAt(it, levels, k))));
  if (problems.length) return { outcome: "insufficient-data", criteria: problems, missing: problems.map((p) => p.id), provisional: isProvisional(used) };
  let reached = -1;
  for (let k = 0; k < assessed; k++) {
    const need = items.filter((it) => firstLevel(it, levels) <= k);
    if (need.every((it) => judge(it, values.get(it.id) as Value, levels, k).met)) reached = k;
    else break;
  }
  const shown = Math.min(reached + 1, assessed - 1);
  const results = items.filter((it) => firstLevel(it, levels) <= shown).map((it) => judge(it, values.get(it.id) as Value, levels, shown));
  return {
    outcome: reached < 0 ? "not-met" : levels[reached],
    criteria: results,
    missing: [],
    provisional: isProvisional(used),
  };
}
