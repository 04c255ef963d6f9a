import { a1, columnLetter } from "../core/grid/a1";
import { cellAt, type Grid } from "../core/grid/grid";
import type { WorkbookPort } from "../core/ports/workbook-port";
import type { PlainValue } from "../core/validation/issue";
import { attempt, type OfficeResult } from "./office-result";
import { recordedWrite } from "./recorded-write";

/** A computed result for one data row and its reason. */
export interface RowResult {
  readonly result: PlainValue;
  readonly reason: string;
}

/** Where the results went. */
export interface FilledColumns {
  readonly resultColumn: string;
  readonly reasonColumn: string;
  readonly written: number;
}

/** Header of the reason column written beside the result column. */
export const REASON_HEADER = "Lý do (XHHT)";

/** How far right the search for empty columns goes before giving up. */
const MAX_SHIFT = 200;

const empty = (v: PlainValue | ReturnType<typeof cellAt>): boolean => v === null || v === "";

/** First column right of the table's header (and of `from`) whose rows top..bottom are empty in the grid, together with the next one. */
export function firstEmptyPair(grid: Grid, headerRow0: number, top0: number, bottom0: number, from = 0): number {
  const header = grid.values[headerRow0 - grid.origin.row] ?? [];
  let right = grid.origin.col - 1;
  header.forEach((v, j) => {
    if (!empty(v)) right = grid.origin.col + j;
  });
  const colEmpty = (c: number) => {
    for (let r = top0; r <= bottom0; r++) if (!empty(cellAt(grid, r, c))) return false;
    return true;
  };
  let c = Math.max(right + 1, from);
  while (!(colEmpty(c) && colEmpty(c + 1))) c++;
  return c;
}

/**
 * Writes computed results (and reasons) into the first two fully-empty columns right of the table, with the header
 * "Kết quả tính (XHHT)": never into a cell the officer filled. The target cells are read again just before writing
 * and the search moves right if any is non-empty. One batch, recorded in the undo journal. Rows are 1-based.
 */
export function fillColumn(
  port: WorkbookPort,
  sheet: string,
  headerRow: number,
  firstRow: number,
  lastRow: number,
  values: readonly RowResult[],
  meta: { now: string; label?: string },
  header = "Kết quả tính (XHHT)",
): Promise<OfficeResult<FilledColumns>> {
  return attempt(async () => {
    const grid = await port.readSheet(sheet);
    const top0 = headerRow - 1;
    const bottom0 = Math.max(lastRow, firstRow + values.length - 1) - 1;
    let col = firstEmptyPair(grid, top0, top0, bottom0);
    for (let shift = 0; shift < MAX_SHIFT; shift++) {
      const addresses: string[] = [];
      for (let r = top0; r <= bottom0; r++) addresses.push(a1(r, col), a1(r, col + 1));
      const now = await port.readValues(sheet, addresses);
      if (now.every((s) => s.value === null)) break;
      col = firstEmptyPair(grid, top0, top0, bottom0, col + 1);
    }
    const writes: { sheet: string; address: string; value: PlainValue }[] = [
      { sheet, address: a1(top0, col), value: header },
      { sheet, address: a1(top0, col + 1), value: REASON_HEADER },
    ];
    values.forEach((v, i) => {
      writes.push({ sheet, address: a1(firstRow - 1 + i, col), value: v.result });
      writes.push({ sheet, address: a1(firstRow - 1 + i, col + 1), value: v.reason });
    });
    await recordedWrite(port, writes, { label: meta.label ?? `Điền cột "${header}"`, now: meta.now });
    return { resultColumn: columnLetter(col), reasonColumn: columnLetter(col + 1), written: values.length };
  });
}
