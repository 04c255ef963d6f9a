import type { GroupCounts, GroupSum } from "./rollup-types";

type Field = keyof GroupCounts;
const FIELDS: readonly Field[] = ["total", "registered", "recognised"];

/** Running sums per group; a sum stays null until some row gives a number for it. */
export type GroupAccumulator = Map<string, Record<Field, number | null>>;

function usable(n: number | null | undefined): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

/** Adds one row's counts into the running sums (empty cells and non-numbers add nothing). */
export function addCounts(acc: GroupAccumulator, groups: Readonly<Record<string, GroupCounts>>): void {
  for (const [id, counts] of Object.entries(groups)) {
    let sums = acc.get(id);
    if (sums === undefined) {
      sums = { total: null, registered: null, recognised: null };
      acc.set(id, sums);
    }
    for (const f of FIELDS) {
      const v = counts[f];
      if (usable(v)) sums[f] = (sums[f] ?? 0) + v;
    }
  }
}

/** Rate recognised ÷ total × 100 from sums, never averaged; null when total is 0 or missing. */
export function rateOf(recognised: number | null, total: number | null): number | null {
  if (total === null || total <= 0 || recognised === null) return null;
  return (recognised / total) * 100;
}

/** The finished sums, each with its rate. */
export function finishSums(acc: GroupAccumulator): Record<string, GroupSum> {
  const out: Record<string, GroupSum> = {};
  for (const [id, s] of acc) out[id] = { ...s, rate: rateOf(s.recognised, s.total) };
  return out;
}
