import { keyOfHeader, textKey } from "../cells";
import { cellAt, type Grid } from "../grid/grid";
import type { Detection } from "./detect";
import { compilePatterns } from "./header-key";

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
  /^(nguoi lap( bieu)?|thu truong|chu tich|tm |t m |kt |ky ten|xac nhan|noi nhan|ngay \d+ thang|ngay thang nam|lanh dao|giam doc|pho chu tich|uy ban nhan dan|ubnd)/;

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
  // A sheet whose headers were typed in TCVN3 or VNI has its names in the same encoding: read them as Unicode.
  const keyOf = d.legacyHeaders.length > 0 ? keyOfHeader : textKey;
  const isNameHeader = nameHeaderTest(d);
  for (let r = d.firstBodyRow; r <= last; r++) {
    const name = textOf(grid, r, nameCol);
    const nameKey = name === "" ? "" : keyOf(name);
    const ordinalCell = ordinalCol === undefined ? null : cellAt(grid, r, ordinalCol);
    const ordinalKey = typeof ordinalCell === "string" ? keyOf(ordinalCell) : "";
    let values = 0;
    let numbers = 0;
    for (const c of valueCols) {
      const v = cellAt(grid, r, c);
      if (v === null || v === "") continue;
      values += 1;
      if (typeof v === "number" || (typeof v === "string" && NUMERIC_TEXT.test(v))) numbers += 1;
    }
    if ((numbers === 0 && SIGNATURE.test(nameKey)) || (values === 0 && SIGNATURE.test(ordinalKey))) break;
    // The header of another table (its name column says "Tên đơn vị", not a unit): the first table ends here.
    if (numbers === 0 && values >= 2 && isNameHeader(nameKey)) break;
    if (name === "" && numbers === 0) {
      // A line without a name and without a number is a note, a place-and-date line or the signature block.
      if (values > 0 || ordinalKey !== "" || rowHasText(grid, r)) {
        if (rowMatches(grid, r, SIGNATURE_ANYWHERE)) break;
      }
      continue;
    }
    let kind: RowKind = "data";
    if (TOTALS.test(nameKey) || TOTALS.test(ordinalKey)) kind = "totals";
    else if (opts.subtotalsByDistrict && SUBTOTAL.test(nameKey)) kind = "subtotal";
    rows.push({ row: r, kind, name, nameKey, hidden: hidden.has(r) });
  }
  return rows;
}

const NUMERIC_TEXT = /^\s*[+-]?\d[\d.,\s]*%?\s*$/;
const SIGNATURE_ANYWHERE = /(^|\s)(nguoi lap|thu truong|chu tich|tm|t m|kt|ky ten|xac nhan|noi nhan|lanh dao|giam doc)(\s|$)|ngay \d+ thang \d+ nam|ngay thang nam|uy ban nhan dan|ubnd/;

function nameHeaderTest(d: Detection): (key: string) => boolean {
  const field = d.template.fields.find((f) => f.id === d.template.nameField);
  return field ? compilePatterns(field.patterns) : () => false;
}

/**
 * The first row below a table's last row that heads another table on the same sheet (0-based), or null: a row whose
 * name column holds the name column's header ("Tên đơn vị", "Họ và tên") with other header text beside it.
 */
export function findNextTable(grid: Grid, d: Detection, after: number): number | null {
  const nameCol = d.columns.get(d.template.nameField);
  if (nameCol === undefined) return null;
  const isNameHeader = nameHeaderTest(d);
  const last = grid.origin.row + grid.values.length - 1;
  for (let r = after + 1; r <= last; r++) {
    const v = cellAt(grid, r, nameCol);
    if (typeof v !== "string" || v.trim() === "" || !isNameHeader(keyOfHeader(v))) continue;
    const row = grid.values[r - grid.origin.row] ?? [];
    if (row.filter((x) => typeof x === "string" && x.trim() !== "").length >= 3) return r;
  }
  return null;
}

function rowHasText(grid: Grid, r: number): boolean {
  const row = grid.values[r - grid.origin.row] ?? [];
  return row.some((v) => typeof v === "string" && v.trim() !== "");
}

function rowMatches(grid: Grid, r: number, re: RegExp): boolean {
  const row = grid.values[r - grid.origin.row] ?? [];
  return row.some((v) => typeof v === "string" && re.test(textKey(v)));
}
