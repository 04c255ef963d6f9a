import type { RollupLine } from "./rollup-types";

/** How a group's rate stands against its target: below, at or above ("at"), or no rate to compare. */
export interface TargetComparison {
  readonly group: string;
  readonly rate: number | null;
  readonly target: number;
  readonly status: "below" | "at" | "no-data";
}

/** The rate of each group of a roll-up line, keyed by group id. */
export function ratesOf(line: RollupLine): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [id, g] of Object.entries(line.groups)) out[id] = g.rate;
  return out;
}

/** Compares rates with targets per group (e.g. national `{ "gia-dinh": 70 }`); below target is information, not an error. */
export function compareToTargets(
  rates: Readonly<Record<string, number | null | undefined>>,
  targets: Readonly<Record<string, number>>,
): readonly TargetComparison[] {
  return Object.entries(targets).map(([group, target]) => {
    const rate = rates[group];
    if (rate === null || rate === undefined || !Number.isFinite(rate)) return { group, rate: null, target, status: "no-data" };
    return { group, rate, target, status: rate >= target ? "at" : "below" };
  });
}
