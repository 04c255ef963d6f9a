import type { Detection } from "../../templates/detect";
import type { ReadCell } from "../read-cell";
import type { IssueSink } from "../sink";
import { judgeRate } from "./rate";

/** Clans and villages: recognised households ≤ households, and the stated rate equals recognised ÷ households. */
export function checkGroupsOfSubject(values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, sink: IssueSink): void {
  const total = values.get("households")?.value;
  const rec = values.get("recognised-households")?.value;
  if (typeof total !== "number" || typeof rec !== "number") return;
  const group = "Gia đình học tập";
  const recCol = d.columns.get("recognised-households") as number;
  if (rec > total) sink.add("recognised-exceeds-total", "error", row, recCol, { group, recognised: rec, total }, { input: rec, fieldId: "recognised-households" });
  const col = d.columns.get("rate");
  const rate = values.get("rate");
  if (col === undefined || !rate || !rate.present) return;
  const stated = { value: typeof rate.value === "number" ? rate.value : null, invalid: rate.invalid, decimals: rate.decimals ?? 1 };
  judgeRate({ sink, row, col, fieldId: "rate", group }, stated, rec, total, null);
}
