import type { CriterionResult, Outcome } from "./verdict";
import type { PointsGroup, PointsRule } from "./rule.schema";
import type { Threshold } from "./threshold.schema";
import { clean, criterion, isProvisional, missingResult, outOfRange } from "./criterion";
import { isBlank, type InputValue } from "./input";
import type { RuleOutcome } from "./rule-outcome";

type Read = (id: string) => InputValue;

interface GroupRead {
  readonly points?: number;
  readonly itemPoints: ReadonlyMap<string, number>;
  readonly problems: CriterionResult[];
  readonly missing: string[];
  /** The maxima the reading checked against (item maxima only when the items were read). */
  readonly used: Threshold[];
}

const code = (x: { id: string; short?: string }) => x.short ?? x.id.toUpperCase();

function checkNumber(id: string, label: string, short: string, v: InputValue, max: Threshold, out: GroupRead["problems"]): number | undefined {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max.value) {
    out.push(outOfRange(id, label, short, v, 0, max.value, [max]));
    return undefined;
  }
  return v;
}

/** Reads one group: item by item when all items are given, else its total when the group accepts one. */
function readGroup(g: PointsGroup, read: Read): GroupRead {
  const problems: CriterionResult[] = [];
  const itemPoints = new Map<string, number>();
  const given = g.items.filter((it) => !isBlank(read(it.id)));
  const whole = read(g.id);
  if (g.items.length && given.length === g.items.length) {
    let sum = 0;
    for (const it of g.items) {
      const n = checkNumber(it.id, it.label, code(it), read(it.id), it.max, problems);
      if (n !== undefined) itemPoints.set(it.id, n);
      sum += n ?? 0;
    }
    return { points: clean(sum), itemPoints, problems, missing: [], used: [g.max, ...g.items.map((it) => it.max)] };
  }
  if (g.acceptsTotal && !isBlank(whole)) {
    const n = checkNumber(g.id, g.label, code(g), whole, g.max, problems);
    return { points: n, itemPoints, problems, missing: [], used: [g.max] };
  }
  const missingItems = given.length && g.items.length ? g.items.filter((it) => isBlank(read(it.id))) : g.acceptsTotal || !g.items.length ? [g] : g.items;
  for (const x of missingItems) problems.push(missingResult(x.id, x.label, code(x)));
  return { itemPoints, problems, missing: missingItems.map((x) => x.id), used: [] };
}

/** Evaluates a points rule (chấm điểm): minima per item and group, the total, and the band when there are bands. */
export function evaluatePoints(rule: PointsRule, read: Read): RuleOutcome {
  const reads = rule.groups.map((g) => ({ g, r: readGroup(g, read) }));
  const problems = reads.flatMap((x) => x.r.problems);
  const maxes = reads.flatMap((x) => x.r.used);
  if (problems.length) {
    const missing = problems.map((p) => p.id);
    return { outcome: "insufficient-data", criteria: problems, missing, provisional: isProvisional(maxes) || problems.some((p) => p.provisional) };
  }
  const results: CriterionResult[] = [];
  let total = 0;
  for (const { g, r } of reads) {
    total += r.points ?? 0;
    for (const it of g.items) {
      const n = r.itemPoints.get(it.id);
      if (!it.min || n === undefined) continue;
      const ok = n >= it.min.value;
      results.push(criterion(it.id, it.label, ok, ok ? "met" : "item-below-minimum", { code: code(it), value: n, min: it.min.value, max: it.max.value }, [it.min, it.max]));
    }
    if (g.min) {
      const n = r.points ?? 0;
      const ok = n >= g.min.value;
      results.push(criterion(g.id, g.label, ok, ok ? "met" : "group-below-minimum", { code: code(g), value: n, min: g.min.value, max: g.max.value }, [g.min, g.max]));
    }
  }
  total = clean(total);
  const allMinima = results.every((c) => c.met);
  let outcome: Outcome;
  if (rule.bands?.length) {
    const band = rule.bands.find((b) => total >= b.min.value);
    const lowest = rule.bands[rule.bands.length - 1];
    const used = rule.bands.map((b) => b.min);
    if (band) results.push(criterion("tong-diem", "Tổng điểm", true, "band-reached", { code: "Tổng", value: total, min: band.min.value, max: rule.total.max.value, band: band.label }, used));
    else results.push(criterion("tong-diem", "Tổng điểm", false, "total-below-minimum", { code: "Tổng", value: total, min: lowest.min.value, max: rule.total.max.value }, used));
    outcome = band && allMinima ? band.outcome : "fail";
  } else {
    const min = rule.total.min;
    const ok = !min || total >= min.value;
    results.push(criterion("tong-diem", "Tổng điểm", ok, ok ? "met" : "total-below-minimum", { code: "Tổng", value: total, min: min?.value ?? 0, max: rule.total.max.value }, [min, rule.total.max]));
    outcome = ok && allMinima ? "met" : "not-met";
  }
  return {
    outcome,
    criteria: results,
    missing: [],
    points: total,
    maxPoints: rule.total.max.value,
    provisional: isProvisional([...maxes, rule.total.max]) || results.some((c) => c.provisional),
  };
}
