import { textKey } from "../cells";
import { cellAt, type Grid } from "../grid/grid";
import type { Detection } from "./detect";

/** What a body row of a table is (loại hàng): a subject, the totals, a district sub-total. */
export type RowKind = "data" | "totals" | "subtotal";

/** A body row of a detected table: its 0-based sheet row, its kind and the name cell's text. */
export interface TableRow {
  readonly row: number;
  readonly kind: RowKind;
  readonly name: string;
  /** The name's matching key (textKey), computed once for every rule that compares names. */
  readonly nameKey: string;
  readonly hidden: boolean;
}

const TOTALS = /^(tong cong|tong so|tong|cong|toan (xa|phuong|tinh|huyen|thi xa|thanh pho)|tong hop chung|chung|cong toan (xa|tinh|huyen))$/;
const SUBTOTAL = /^(huyen|thi xa|thanh pho|tp|tx) [a-z]/;
const SIGNATURE =
  /^(nguoi lap( bieu)?|thu truong|chu tich|tm |t\/m |kt |ky ten|xac nhan|noi nhan|ngay \d+ thang|ngay thang nam|lanh dao|giam doc|pho chu tich|uy ban nhan dan|ubnd)/;

function textOf(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const v = cellAt(grid, row, col);
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  return "";
}

/** Reads the body rows of a detected table: skips spacer and note rows, stops at the signature block. */
export function readTableRows(grid: Grid, d: Detection, opts: { subtotalsByDistrict: boolean }): TableRow[] {
  const nameCol = d.columns.get(d.template.nameField);
  const ordinalCol = d.columns.get("ordinal");
  const valueCols = [...d.columns.entries()].filter(([id]) => id !== d.template.nameField && id !== "ordinal" && id !== "note").map(([, c]) => c);
  const hidden = new Set(grid.hiddenRows ?? []);
  const last = grid.origin.row + grid.values.length - 1;
  const rows: TableRow[] = [];
  for (let r = d.firstBodyRow; r <= last; r++) {
    const name = textOf(grid, r, nameCol);
    const nameKey = name === "" ? "" : textKey(name);
    const ordinalCell = ordinalCol === undefined ? null : cellAt(grid, r, ordinalCol);
    const ordinalKey = typeof ordinalCell === "string" ? textKey(ordinalCell) : "";
    let values = 0;
    for (const c of valueCols) {
      const v = cellAt(grid, r, c);
      if (v !== null && v !== "") values += 1;
    }
    if ((values < 2 && SIGNATURE.test(nameKey)) || (values === 0 && SIGNATURE.test(ordinalKey))) break;
    if (name === "" && values === 0) {
      if (SIGNATURE.test(rowFirstText(grid, r))) break;
      continue;
    }
    let kind: RowKind = "data";
    if (TOTALS.test(nameKey) || TOTALS.test(ordinalKey)) kind = "totals";
    else if (opts.subtotalsByDistrict && SUBTOTAL.test(nameKey)) kind = "subtotal";
    rows.push({ row: r, kind, name, nameKey, hidden: hidden.has(r) });
  }
  return rows;
}

function rowFirstText(grid: Grid, r: number): string {
  const row = grid.values[r - grid.origin.row] ?? [];
  for (const v of row) if (typeof v === "string" && v.trim() !== "") return textKey(v);
  return "";
}
