import { evaluate, inputOrder, verdictResult, type CriteriaInput, type InputValue, type TitleId, type Verdict } from "../../core/criteria";
import { ArgError, cellInput, flat, setFor } from "./args";

/** The result text of a function cell: the core's one rule (outcome, "(chưa xác nhận)", missing fields named). */
export function resultText(v: Verdict): string {
  return verdictResult(v);
}

/**
 * Evaluates a title from a list of cell values in the set's input order; for points titles, as many values as groups
 * are read as the group totals (TC1…TC4) instead of item points.
 */
export function verdictFromCells(title: TitleId, cells: readonly unknown[], year: number | null | undefined, kind?: "points"): Verdict {
  const set = setFor(title, year);
  const r = set.rule;
  if (kind && r.kind !== kind)
    throw new ArgError(`Bộ tiêu chí "${set.id}" áp dụng cho năm này không chấm điểm (xét theo Mức độ); dùng hàm LYDO với danh sách chỉ số.`);
  const order = r.kind === "points" && cells.length === r.groups.length ? r.groups.map((g) => g.id) : inputOrder(set);
  if (cells.length > order.length)
    throw new ArgError(`Bộ tiêu chí "${set.id}" cần ${order.length} giá trị theo thứ tự: ${order.join(", ")}; đã nhận ${cells.length}.`);
  const items: Record<string, InputValue> = {};
  order.forEach((id, i) => {
    items[id] = cellInput(cells[i] ?? null, id);
  });
  const input: CriteriaInput = { items };
  return evaluate(set, input);
}

/** Evaluates a title from named inputs (fields by id). */
export function verdictFromFields(title: TitleId, fields: Record<string, InputValue>, year: number | null | undefined): Verdict {
  return evaluate(setFor(title, year), fields);
}

/** The cells of a range argument, for titles read from a row or column. */
export const cellsOf = flat;
