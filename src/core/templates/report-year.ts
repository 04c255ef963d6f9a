import { textKey } from "../cells";
import type { Grid } from "../grid/grid";

const YEAR_AFTER_NAM = /\bnam (?:hoc )?((?:19|20)\d\d)(?: (?:den )?((?:19|20)\d\d))?\b/;
const ANY_YEAR = /\b((?:19|20)\d\d)\b/;

/** The report year (năm báo cáo) from the title lines above the table, or a "Năm báo cáo" cell; null when absent. */
export function readReportYear(grid: Grid, headerTop: number): { year: number; row: number; col: number } | null {
  let fallback: { year: number; row: number; col: number } | null = null;
  const stop = Math.min(headerTop, grid.origin.row + grid.values.length) - grid.origin.row;
  for (let i = 0; i < stop; i++) {
    const row = grid.values[i];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      const at = { row: grid.origin.row + i, col: grid.origin.col + j };
      if (typeof v === "number" && j > 0 && Number.isInteger(v) && v >= 1990 && v <= 2100) {
        const label = row[j - 1];
        if (typeof label === "string" && /\bnam\b/.test(textKey(label))) return { year: v, ...at };
      }
      if (typeof v !== "string") continue;
      const key = textKey(v);
      const m = YEAR_AFTER_NAM.exec(key);
      if (m) return { year: Number(m[2] ?? m[1]), ...at };
      const any = ANY_YEAR.exec(key);
      // A document number such as "Số 12/BC-UBND ngày 05/12/2024" still names the year when nothing better does.
      if (any && !fallback) fallback = { year: Number(any[1]), ...at };
    }
  }
  return fallback;
}
