import type { CellRange, CellValue, Grid } from "./grid";

/** Builds a grid from rows written the way a sheet looks from A1 (used by tests, samples and text imports). */
export function gridFromRows(
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
  extra: { numberFormats?: (string | null)[][]; merges?: CellRange[]; hiddenRows?: number[]; origin?: { row: number; col: number } } = {},
): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => {
    const out = [...r];
    while (out.length < width) out.push(null);
    return out;
  });
  return {
    sheetName,
    origin: extra.origin ?? { row: 0, col: 0 },
    values,
    ...(extra.numberFormats ? { numberFormats: extra.numberFormats } : {}),
    ...(extra.merges ? { merges: extra.merges } : {}),
    ...(extra.hiddenRows ? { hiddenRows: extra.hiddenRows } : {}),
  };
}
