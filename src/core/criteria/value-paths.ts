import type { CriteriaSet } from "./criteria-set.schema";
import type { Threshold } from "./threshold.schema";

/**
 * One value of a set addressed by its path (đường dẫn giá trị): a number ("total.min", "cs3.min", "band.good",
 * "share.min", "tc2-ky-luat.level-1") or a required yes/no item or condition ("tc1-ke-hoach.required",
 * "thon-van-hoa.required", value 1), so that a province can confirm every value the engine uses.
 */
export interface ValueEntry {
  readonly path: string;
  /** Vietnamese description of the value. */
  readonly label: string;
  readonly threshold: Threshold;
  /** True for percentages (0–100). */
  readonly percent: boolean;
  /** What the value is: points or a count, a percentage, or a required yes/no item (value 1, only its mark changes). */
  readonly kind: ValueKind;
  /** The object holding the threshold and its key, so a copy of the set can be changed in place. */
  readonly owner: Record<string, unknown>;
  readonly key: string;
}

/** The kinds of value a set holds. */
export type ValueKind = "number" | "percent" | "required";

/** The suffix of a required item's path. */
export const REQUIRED_SUFFIX = ".required";

const LEVEL_VI: Record<string, string> = { "level-1": "Mức độ 1", "level-2": "Mức độ 2", met: "Đạt" };

/** Every number of a set in a stable order, with its path and Vietnamese label. */
export function valueEntries(set: CriteriaSet): ValueEntry[] {
  const out: ValueEntry[] = [];
  const add = (path: string, label: string, owner: object, key: string, percent = false) => {
    const t = (owner as Record<string, unknown>)[key] as Threshold | undefined;
    if (t) out.push({ path, label, threshold: t, percent, kind: percent ? "percent" : "number", owner: owner as Record<string, unknown>, key });
  };
  const required = (x: { id: string; label: string; confidence: Threshold["confidence"] }, label: string) =>
    out.push({
      path: `${x.id}${REQUIRED_SUFFIX}`,
      label,
      threshold: { value: 1, confidence: x.confidence },
      percent: false,
      kind: "required",
      owner: x as unknown as Record<string, unknown>,
      key: "confidence",
    });
  const r = set.rule;
  if (r.kind === "points") {
    add("total.max", "Tổng điểm tối đa", r.total, "max");
    add("total.min", "Tổng điểm tối thiểu để đạt", r.total, "min");
    for (const g of r.groups) {
      add(`${g.id}.max`, `${g.label} — điểm tối đa`, g, "max");
      add(`${g.id}.min`, `${g.label} — điểm tối thiểu`, g, "min");
      for (const it of g.items) {
        add(`${it.id}.max`, `${it.label} — điểm tối đa`, it, "max");
        add(`${it.id}.min`, `${it.label} — điểm tối thiểu`, it, "min");
      }
    }
    for (const b of r.bands ?? []) add(`band.${b.outcome}`, `Xếp loại ${b.label} — từ (điểm)`, b, "min");
  } else if (r.kind === "checklist") {
    for (const c of r.criteria)
      for (const it of c.items)
        if (it.type === "percent")
          for (const lv of r.levels) add(`${it.id}.${lv.outcome}`, `${it.label} — ${LEVEL_VI[lv.outcome]} (%)`, it.targets, lv.outcome, true);
        else required(it, `${it.label} — yêu cầu từ ${LEVEL_VI[it.from]} (1 = bắt buộc)`);
  } else {
    add("share.min", "Tỷ lệ hộ đạt Gia đình học tập tối thiểu (%)", r, "minShare", true);
    for (const c of r.conditions) required(c, `${c.label} — điều kiện (1 = bắt buộc)`);
  }
  return out;
}

/** A deep copy of plain set data (sets are JSON-like by construction). */
export function copySet(set: CriteriaSet): CriteriaSet {
  return JSON.parse(JSON.stringify(set)) as CriteriaSet;
}

/**
 * A copy of the set with the values at the given paths replaced; unknown paths are returned, not guessed, and so are
 * required items given another value than 1 (an item can be confirmed, not removed, this way).
 */
export function withValues(set: CriteriaSet, values: Readonly<Record<string, Threshold>>): { set: CriteriaSet; unknown: string[]; invalid: string[] } {
  const copy = copySet(set);
  const byPath = new Map(valueEntries(copy).map((e) => [e.path, e]));
  const unknown: string[] = [];
  const invalid: string[] = [];
  for (const [path, t] of Object.entries(values)) {
    const e = byPath.get(path);
    if (!e) unknown.push(path);
    else if (e.kind === "required") {
      if (t.value === 1) e.owner[e.key] = t.confidence;
      else invalid.push(path);
    } else e.owner[e.key] = { value: t.value, confidence: t.confidence };
  }
  return { set: copy, unknown, invalid };
}

/** True when any value of the set is provisional (chưa xác nhận): what an undecided verdict would rest on. */
export function anyProvisional(set: CriteriaSet): boolean {
  return valueEntries(set).some((e) => e.threshold.confidence === "P");
}
