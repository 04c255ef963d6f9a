import type { CriteriaSet } from "./criteria-set.schema";
import { valueEntries } from "./value-paths";

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Checks what a schema cannot: unique ids, sums of maxima, band order, period order, variant paths (Vietnamese). */
export function checkSet(set: CriteriaSet): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  const seen = (id: string) => {
    if (ids.has(id)) out.push(`mã "${id}" bị trùng trong bộ tiêu chí`);
    ids.add(id);
  };
  const r = set.rule;
  if (r.kind === "points") {
    let sum = 0;
    for (const g of r.groups) {
      seen(g.id);
      sum += g.max.value;
      if (g.min && g.min.value > g.max.value) out.push(`${g.id}.min (${g.min.value}) lớn hơn ${g.id}.max (${g.max.value})`);
      if (g.items.length) {
        const items = g.items.reduce((a, it) => a + it.max.value, 0);
        if (!near(items, g.max.value)) out.push(`${g.id}: tổng điểm tối đa các mục (${items}) khác điểm tối đa của nhóm (${g.max.value})`);
      }
      for (const it of g.items) {
        seen(it.id);
        if (it.min && it.min.value > it.max.value) out.push(`${it.id}.min (${it.min.value}) lớn hơn ${it.id}.max (${it.max.value})`);
      }
    }
    if (!near(sum, r.total.max.value)) out.push(`total.max (${r.total.max.value}) khác tổng điểm tối đa các nhóm (${sum})`);
    if (r.total.min && r.total.min.value > r.total.max.value) out.push(`total.min (${r.total.min.value}) lớn hơn total.max (${r.total.max.value})`);
    const bands = r.bands ?? [];
    for (let i = 1; i < bands.length; i++)
      if (bands[i].min.value >= bands[i - 1].min.value) out.push(`band.${bands[i].outcome} phải thấp hơn band.${bands[i - 1].outcome}`);
  } else if (r.kind === "checklist") {
    const levels = r.levels.map((l) => l.outcome);
    if (new Set(levels).size !== levels.length) out.push("các mức độ bị trùng");
    for (const c of r.criteria) {
      seen(c.id);
      for (const it of c.items) {
        seen(it.id);
        if (it.type === "yes-no" && !levels.includes(it.from)) out.push(`${it.id}: mức "${it.from}" không có trong bộ tiêu chí`);
        if (it.type === "percent") {
          const keys = Object.keys(it.targets);
          if (!keys.length) out.push(`${it.id}: chưa có ngưỡng cho mức nào`);
          for (const k of keys) if (!levels.includes(k as never)) out.push(`${it.id}: mức "${k}" không có trong bộ tiêu chí`);
        }
      }
    }
  } else {
    for (const c of r.conditions) seen(c.id);
  }
  if (set.validFrom && set.validTo && set.validFrom > set.validTo) out.push(`validFrom (${set.validFrom}) sau validTo (${set.validTo})`);
  const paths = new Set(valueEntries(set).map((e) => e.path));
  for (const v of set.variants ?? [])
    for (const p of Object.keys(v.values)) if (!paths.has(p)) out.push(`biến thể ${v.area}: không có giá trị "${p}" trong bộ tiêu chí`);
  return out;
}
