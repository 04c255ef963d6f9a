import type { CriteriaSet } from "./criteria-set.schema";
import type { Threshold } from "./threshold.schema";

/** One number of a set addressed by its path (đường dẫn giá trị): "total.min", "cs3.min", "band.good", "share.min". */
export interface ValueEntry {
  readonly path: string;
  /** Vietnamese description of the value. */
  readonly label: string;
  readonly threshold: Threshold;
  /** True for percentages (0–100). */
  readonly percent: boolean;
  /** The object holding the threshold and its key, so a copy of the set can be changed in place. */
  readonly owner: Record<string, unknown>;
  readonly key: string;
}

const LEVEL_VI: Record<string, string> = { "level-1": "Mức độ 1", "level-2": "Mức độ 2", met: "Đạt" };

/** Every number of a set in a stable order, with its path and Vietnamese label. */
export function valueEntries(set: CriteriaSet): ValueEntry[] {
  const out: ValueEntry[] = [];
  const add = (path: string, label: string, owner: object, key: string, percent = false) => {
    const t = (owner as Record<string, unknown>)[key] as Threshold | undefined;
    if (t) out.push({ path, label, threshold: t, percent, owner: owner as Record<string, unknown>, key });
  };
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
  } else {
    add("share.min", "Tỷ lệ hộ đạt Gia đình học tập tối thiểu (%)", r, "minShare", true);
  }
  return out;
}

/** A deep copy of plain set data (sets are JSON-like by construction). */
export function copySet(set: CriteriaSet): CriteriaSet {
  return JSON.parse(JSON.stringify(set)) as CriteriaSet;
}

/** A copy of the set with the values at the given paths replaced; unknown paths are returned, not guessed. */
export function withValues(set: CriteriaSet, values: Readonly<Record<string, Threshold>>): { set: CriteriaSet; unknown: string[] } {
  const copy = copySet(set);
  const byPath = new Map(valueEntries(copy).map((e) => [e.path, e]));
  const unknown: string[] = [];
  for (const [path, t] of Object.entries(values)) {
    const e = byPath.get(path);
    if (e) e.owner[e.key] = { value: t.value, confidence: t.confidence };
    else unknown.push(path);
  }
  return { set: copy, unknown };
}
