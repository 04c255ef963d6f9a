// The in-memory workbook behind the Excel fake: plain data, no load/sync rules (those live in context.ts).
import { a1, columnIndex, quoteSheetName } from "../../src/core/grid/a1";

/** A raw cell value as Excel's API returns it: "" for empty, error values as their text ("#DIV/0!"). */
export type RawValue = string | number | boolean;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Font properties the fake keeps. */
export interface FontState {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
}

/** A chart as the fake keeps it. */
export interface ChartState {
  name: string;
  type: string;
  source: string;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  valueAxisNumberFormat: string;
  valueAxisMaximum: number | null;
  seriesTypes: string[];
  position: string;
}

/** Parses "B3", "B3:D9" or "$B$3" (no sheet part) into a rectangle; throws on anything else. */
export function parseRect(address: string): Rect {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new Error(`bad address ${address}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** "A1" or "A1:C3" for a rectangle. */
export function rectAddress(r: Rect): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** Sheet-qualified address as Excel reports it ("'Kết quả'!A1:B2"). */
export function qualified(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectAddress(r)}`;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** One worksheet: values row by row (fast for 100,000-row sheets), everything else sparse by "row,col". */
export class SheetModel {
  values: (RawValue[] | undefined)[] = [];
  formats = new Map<string, string>();
  fills = new Map<string, string>();
  formulas = new Map<string, string>();
  fonts = new Map<string, FontState>();
  links = new Map<string, string>();
  hiddenRows = new Set<number>();
  merges: Rect[] = [];
  validations: { rect: Rect; rule: unknown; alert?: unknown }[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  charts: ChartState[] = [];
  /** "Visible", "Hidden" or "VeryHidden", as Worksheet.visibility reports it. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  get(r: number, c: number): RawValue {
    return this.values[r]?.[c] ?? "";
  }

  setRaw(r: number, c: number, v: RawValue): void {
    const row = this.values[r] ?? (this.values[r] = []);
    row[c] = v;
  }

  /** Test setup: puts a matrix of raw values with its top-left at (top, left), 0-based. */
  setRows(top: number, left: number, rows: readonly (readonly RawValue[])[]): this {
    rows.forEach((row, i) => row.forEach((v, j) => this.setRaw(top + i, left + j, v)));
    return this;
  }

  format(r: number, c: number): string {
    return this.formats.get(key(r, c)) ?? "General";
  }

  setFormat(r: number, c: number, f: string): void {
    if (f === "General") this.formats.delete(key(r, c));
    else this.formats.set(key(r, c), f);
  }

  fill(r: number, c: number): string | null {
    return this.fills.get(key(r, c)) ?? null;
  }

  setFill(r: number, c: number, color: string | null): void {
    if (color === null) this.fills.delete(key(r, c));
    else this.fills.set(key(r, c), color.toUpperCase());
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas.get(key(r, c));
  }

  setFormula(r: number, c: number, f: string | undefined): void {
    if (f === undefined) this.formulas.delete(key(r, c));
    else this.formulas.set(key(r, c), f);
  }

  font(r: number, c: number): FontState {
    return this.fonts.get(key(r, c)) ?? {};
  }

  setFont(r: number, c: number, patch: FontState): void {
    this.fonts.set(key(r, c), { ...this.font(r, c), ...patch });
  }

  link(r: number, c: number): string | undefined {
    return this.links.get(key(r, c));
  }

  setLink(r: number, c: number, ref: string): void {
    this.links.set(key(r, c), ref);
  }

  /** The used rectangle: cells with values (valuesOnly) or also with formats and fills; null when empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.values.forEach((row, r) => {
      if (!row) return;
      let first = -1, last = -1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === "" || v === undefined) continue;
        if (first < 0) first = c;
        last = c;
      }
      if (first >= 0) {
        take(r, first);
        take(r, last);
      }
    });
    for (const k of this.formulas.keys()) take(...(k.split(",").map(Number) as [number, number]));
    if (!valuesOnly) for (const m of [this.formats, this.fills]) for (const k of m.keys()) take(...(k.split(",").map(Number) as [number, number]));
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  clear(r: Rect): void {
    for (let i = r.top; i <= r.bottom; i++) {
      for (let j = r.left; j <= r.right; j++) {
        if (this.values[i]) this.values[i]![j] = "";
        for (const m of [this.formats, this.fills, this.formulas, this.fonts, this.links]) m.delete(key(i, j));
      }
    }
  }
}

/** The whole workbook: sheets in order, the active sheet and selection, add-in settings, and sync statistics. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  active = 0;
  selection: { sheet: string; address: string } | null = null;
  settings = new Map<string, unknown>();
  /** Calculations asked for with Application.calculate, in order ("Full", "Recalculate", …); the fake never recalculates by itself. */
  calculations: string[] = [];

  /** ExcelApi 1.x minor versions this fake supports (1.1 … 1.apiMinor). */
  constructor(public apiMinor = 13) {}

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet for test setup and returns it. */
  addSheet(name: string): SheetModel {
    const s = new SheetModel(name);
    this.sheets.push(s);
    return s;
  }
}
