import { keyOfHeader, textKey } from "../cells";
import { cellAt, NO_CELLS, type CellValue, type Grid } from "../grid/grid";
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

const KINDS: readonly RowKind[] = ["data", "totals", "subtotal"];

/**
 * The body rows of a table as columns of plain arrays (hàng thân bảng): a sheet of 100,000 rows is read without
 * 100,000 row objects, which measured as the largest cost of reading large sheets (bench/). `row(i)`, `kind(i)` …
 * for the hot rules; `at(i)` and iteration give TableRow objects for the others.
 */
export class TableRows implements Iterable<TableRow> {
  private readonly rows: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly hiddenFlags: Uint8Array;
  private readonly names: string[] | null;
  private readonly keys: string[];
  private count = 0;

  /**
   * Holds at most `capacity` rows (readTableRows passes the number of sheet rows below the header, which bounds them).
   * `nameOf`, when given, reads a row's name again from the sheet when it is asked for, so the names are not held
   * twice; without it the names pushed are kept.
   */
  constructor(
    capacity: number,
    private readonly nameOf?: (row: number) => string,
  ) {
    const n = Math.max(0, capacity);
    this.rows = new Int32Array(n);
    this.kinds = new Uint8Array(n);
    this.hiddenFlags = new Uint8Array(n);
    this.names = nameOf ? null : new Array<string>(n);
    this.keys = new Array<string>(n);
  }

  /** Builds a list from row objects (for tests and callers that have them). */
  static of(rows: readonly TableRow[]): TableRows {
    const list = new TableRows(rows.length);
    for (const r of rows) list.push(r.row, r.kind, r.name, r.nameKey, r.hidden);
    return list;
  }

  get length(): number {
    return this.count;
  }

  push(row: number, kind: RowKind, name: string, nameKey: string, hidden: boolean): void {
    const i = this.count++;
    this.rows[i] = row;
    this.kinds[i] = kind === "data" ? 0 : kind === "totals" ? 1 : 2;
    this.hiddenFlags[i] = hidden ? 1 : 0;
    if (this.names) this.names[i] = name;
    this.keys[i] = nameKey;
  }

  /** 0-based sheet row of the i-th body row. */
  row(i: number): number {
    return this.rows[i];
  }

  kind(i: number): RowKind {
    return KINDS[this.kinds[i]];
  }

  name(i: number): string {
    return this.names ? this.names[i] : (this.nameOf as (row: number) => string)(this.rows[i]);
  }

  nameKey(i: number): string {
    return this.keys[i];
  }

  hidden(i: number): boolean {
    return this.hiddenFlags[i] === 1;
  }

  /** The i-th body row as an object. */
  at(i: number): TableRow {
    return { row: this.rows[i], kind: this.kind(i), name: this.name(i), nameKey: this.keys[i], hidden: this.hidden(i) };
  }

  /** The sheet rows of the first and last body rows, or null when there is none. */
  get first(): number | null {
    return this.count > 0 ? this.rows[0] : null;
  }

  get last(): number | null {
    return this.count > 0 ? this.rows[this.count - 1] : null;
  }

  *[Symbol.iterator](): Iterator<TableRow> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  map<T>(fn: (r: TableRow, i: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(fn(this.at(i), i));
    return out;
  }
}

const totalsCache = new WeakMap<Detection["template"], RegExp>();

/**
 * The template's totals labels as one regular expression (kept per template): tested once per row, with no memory of
 * the row's name, so the row loop stores nothing per row.
 */
function totalsTest(t: Detection["template"]): (key: string) => boolean {
  let re = totalsCache.get(t);
  if (!re) {
    re = t.totalsLabels.length > 0 ? new RegExp(t.totalsLabels.map((p) => `(?:${p})`).join("|")) : /(?!)/;
    totalsCache.set(t, re);
  }
  const r = re;
  return (key) => r.test(key);
}

const SUBTOTAL = /^(huyen|thi xa|thanh pho|tp|tx) [a-z]/;
const SIGNATURE =
  /^(nguoi lap( bieu)?|thu truong|chu tich|tm |t m |kt |ky ten|xac nhan|noi nhan|ngay \d+ thang|ngay thang nam|lanh dao|giam doc|pho chu tich|uy ban nhan dan|ubnd)/;

function textOfValue(v: CellValue | undefined): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  return "";
}

/** Reads the body rows of a detected table: skips spacer and note rows, stops at the signature block. */
export function readTableRows(grid: Grid, d: Detection, opts: { subtotalsByDistrict: boolean }): TableRows {
  const nameCol = d.columns.get(d.template.nameField);
  const ordinalCol = d.columns.get("ordinal");
  const valueCols = [...d.columns.entries()].filter(([id]) => id !== d.template.nameField && id !== "ordinal" && id !== "note").map(([, c]) => c);
  const hidden = new Set(grid.hiddenRows ?? []);
  const last = grid.origin.row + grid.values.length - 1;
  // A sheet whose headers were typed in TCVN3 or VNI has its names in the same encoding: read them as Unicode.
  const keyOf = d.legacyHeaders.length > 0 ? keyOfHeader : textKey;
  const isNameHeader = nameHeaderTest(d);
  const isTotals = totalsTest(d.template);
  const oc = grid.origin.col;
  const at = valueCols.map((c) => c - oc);
  // The grid's parts, read once: the row loop touches no property of the grid itself.
  const sheetValues = grid.values;
  const originRow = grid.origin.row;
  const nameAt = nameCol === undefined ? -1 : nameCol - oc;
  const ordinalAt = ordinalCol === undefined ? -1 : ordinalCol - oc;
  const rows = new TableRows(last - d.firstBodyRow + 1, (row) => (nameAt < 0 ? "" : textOfValue(sheetValues[row - originRow]?.[nameAt])));
  for (let r = d.firstBodyRow; r <= last; r++) {
    // A grid may leave a row out altogether (a hole in a sparse array): read it as empty, as cellAt does.
    const cells = sheetValues[r - originRow] ?? NO_CELLS;
    const name = nameAt < 0 ? "" : textOfValue(cells[nameAt]);
    const nameKey = name === "" ? "" : keyOf(name);
    const ordinalCell = ordinalAt < 0 ? null : (cells[ordinalAt] ?? null);
    const ordinalKey = typeof ordinalCell === "string" ? keyOf(ordinalCell) : "";
    // Only "no number at all" and, then, how many values matter below: a data row stops at its first number.
    let values = 0;
    let numbers = 0;
    for (let i = 0; i < at.length && numbers === 0; i++) {
      const v = cells[at[i]];
      if (v === null || v === undefined || v === "") continue;
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
    if ((nameKey !== "" && isTotals(nameKey)) || (ordinalKey !== "" && isTotals(ordinalKey))) kind = "totals";
    else if (opts.subtotalsByDistrict && SUBTOTAL.test(nameKey)) kind = "subtotal";
    rows.push(r, kind, name, nameKey, hidden.size > 0 && hidden.has(r));
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
