import { textKey } from "../../cells";
import { FirstSeen } from "../first-seen";
import type { IssueSink } from "../sink";

/** A subject row to compare for duplicates: its 0-based row, the name column and the key that identifies it. */
export interface DuplicateCandidate {
  readonly row: number;
  readonly col: number;
  readonly name: string;
  /** Extra parts of the identity (birth year, village, district) joined into the key. */
  readonly context: readonly (string | number | null)[];
}

/** Reports every subject that appears again under the same name and context, naming the first row. */
export function checkDuplicates(
  candidates: readonly DuplicateCandidate[],
  code: "duplicate-unit" | "duplicate-person" | "duplicate-household",
  severity: "error" | "warning",
  sink: IssueSink,
): void {
  const seen = new FirstSeen(candidates.length);
  for (const c of candidates) {
    if (c.name.trim() === "") continue;
    const key = [textKey(c.name), ...c.context.map((x) => (x === null ? "" : textKey(String(x))))].join("|");
    const first = seen.firstOrAdd(key, c.row);
    if (first !== undefined) sink.add(code, severity, c.row, c.col, { name: c.name, firstRow: first + 1 }, { input: c.name });
  }
}
