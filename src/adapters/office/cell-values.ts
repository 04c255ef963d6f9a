import { cellValueFromApi } from "../../core/grid/grid";
import type { CellSnapshot, CellWrite } from "../../core/ports/workbook-port";
import { needsTextFormat } from "./escape-text";
import { CELLS_PER_SYNC, chunks, groupBy, guarded, type ExcelRun } from "./office-run";

/** Reads value, number format and formula of single cells, CELLS_PER_SYNC per sync. */
export async function readCells(run: ExcelRun, sheet: string, addresses: readonly string[]): Promise<CellSnapshot[]> {
  const out: CellSnapshot[] = [];
  await guarded(
    run,
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const part of chunks(addresses, CELLS_PER_SYNC)) {
        const ranges = part.map((a) => ws.getRange(a).load("values,numberFormat,formulas"));
        await ctx.sync();
        ranges.forEach((r, i) => {
          const f: unknown = r.formulas[0][0];
          const nf: unknown = r.numberFormat[0][0];
          const snap: CellSnapshot = { sheet, address: part[i], value: cellValueFromApi(r.values[0][0]), numberFormat: typeof nf === "string" ? nf : "General" };
          // In a Text-formatted cell, "=…" is a live formula only when its value differs from its text.
          const live = typeof f === "string" && f.startsWith("=") && (nf !== "@" || r.values[0][0] !== f);
          out.push(live ? { ...snap, formula: f as string } : snap);
        });
      }
    },
    sheet,
  );
  return out;
}

/**
 * Writes single cells in as few syncs as the size allows (CELLS_PER_SYNC cells each; one sync for a typical batch of
 * fixes). Text that Excel would turn into a formula, number or date gets the text format "@" first; null empties the
 * cell ("" — a null in `values` would mean "leave unchanged").
 */
export async function writeCells(run: ExcelRun, changes: readonly CellWrite[]): Promise<void> {
  if (changes.length === 0) return;
  await guarded(run, async (ctx) => {
    for (const [, group] of groupBy(changes, (c) => c.sheet)) {
      const ws = ctx.workbook.worksheets.getItem(group[0].sheet);
      for (const part of chunks(group, CELLS_PER_SYNC)) {
        for (const c of part) {
          const range = ws.getRange(c.address);
          if (c.formula !== undefined) {
            // A formula typed into a Text-formatted cell stays text: clear the format, write the formula, then give
            // the cell its own format back (a live formula keeps working under a Text format set afterwards).
            range.numberFormat = [["General"]];
            range.formulas = [[c.formula]];
            if (c.numberFormat !== undefined && c.numberFormat !== "General") range.numberFormat = [[c.numberFormat]];
            continue;
          }
          const text = typeof c.value === "string" && needsTextFormat(c.value);
          const format = text ? "@" : c.numberFormat;
          if (format !== undefined) range.numberFormat = [[format]];
          range.values = [[c.value ?? ""]];
        }
        await ctx.sync();
      }
    }
  });
}
