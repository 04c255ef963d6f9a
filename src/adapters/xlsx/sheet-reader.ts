import type { CellRange, CellValue } from "../../core/grid/grid";
import { checkedText, MAX_CELL_TEXT } from "./shared-parts";
import { XmlStream, type XmlHandler } from "./xml-stream";
import { attrs, decodeXml, XmlRefused } from "./xml-text";

/** Excel's sheet size: rows and columns beyond these do not exist in a real workbook. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Thrown when the workbook holds more value cells than allowed; counted while the sheet streams. */
export class TooManyCells extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} cells`);
  }
}

/** What a sheet is read against: the shared strings (null when the file has none), style formats, the cell cap. */
export interface SheetContext {
  readonly strings: readonly string[] | null;
  readonly formats: readonly string[];
  readonly date1904: boolean;
  readonly maxCells: number;
  /** Value cells read so far over the whole workbook. */
  cells: number;
}

const MS_PER_DAY = 86_400_000;

/** Parses "AB12" to 0-based [row, col]; null when malformed. Beyond Excel's limits is the caller's check. */
export function parseRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  let c = ref.charCodeAt(0);
  while (i < ref.length && i < 4 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
    col = col * 26 + ((c | 32) - 96);
    c = ref.charCodeAt(++i);
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || row > 1e12) return null;
    row = row * 10 + d;
  }
  return [row - 1, col - 1];
}

/** An attribute of a simple start tag (`<c r="A1" s="3">`) without building an attribute object. */
function quick(tag: string, key: string): string | null {
  const i = tag.indexOf(key);
  if (i < 0) return null;
  const start = i + key.length;
  return tag.slice(start, tag.indexOf('"', start));
}

const isSimple = (tag: string): boolean => tag.indexOf("'") < 0 && tag.indexOf("\n") < 0 && tag.indexOf("\t") < 0 && tag.indexOf("&") < 0;

/**
 * Reads one worksheet's XML as it streams (a state machine over the scanner's tokens): cell values (shared and inline
 * strings, numbers, booleans, errors, dates, cached formula results), each value cell's number format, hidden rows and
 * merged ranges. Rows beyond Excel's limits, missing shared strings and oversized text are refused where they occur.
 */
export class SheetReader implements XmlHandler {
  readonly rowValues: (CellValue[] | undefined)[] = [];
  readonly rowFormats: ((string | null)[] | undefined)[] = [];
  readonly hidden: number[] = [];
  readonly merges: CellRange[] = [];
  readonly stream = new XmlStream(this);
  private row = -1;
  private col = -1;
  private ref = "";
  private type: string | null = null;
  private style = 0;
  private inV = false;
  private inIsT = false;
  private inIs = false;
  private inRph = false;
  private raw = "";
  private v: string | null = null;
  private isText = "";

  constructor(private readonly ctx: SheetContext) {}

  get wantText(): boolean {
    return this.inV || this.inIsT;
  }

  open(local: string, tag: string): void {
    if (local === "c") this.openCell(tag);
    else if (local === "v") {
      this.inV = true;
      this.raw = "";
    } else if (local === "row") this.openRow(tag);
    else if (local === "is") {
      this.inIs = true;
      this.isText = "";
    } else if (local === "rPh") this.inRph = true;
    else if (local === "t" && this.inIs && !this.inRph) {
      this.inIsT = true;
      this.raw = "";
    } else if (local === "mergeCell") this.openMerge(tag);
    else if (local === "dimension") this.checkRange(attrs(tag).ref ?? "");
  }

  text(raw: string): void {
    this.raw += raw;
    // Entities take at most 8 characters each, so longer raw text can never fit a cell: refuse before it grows more.
    if (this.raw.length > MAX_CELL_TEXT * 8) checkedText(this.raw, this.ref);
  }

  close(local: string): void {
    if (local === "c") this.closeCell();
    else if (local === "v") {
      this.inV = false;
      this.v = this.raw;
    } else if (local === "t" && this.inIsT) {
      this.inIsT = false;
      this.isText += checkedText(this.raw, this.ref);
    } else if (local === "rPh") this.inRph = false;
    else if (local === "is") this.inIs = false;
  }

  private openRow(tag: string): void {
    const a = isSimple(tag) ? { r: quick(tag, ' r="'), hidden: quick(tag, ' hidden="') } : attrs(tag);
    const r = a.r ? Number(a.r) : this.row + 2;
    if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS) throw new XmlRefused("unsafe", "row-out-of-range", `row ${a.r ?? ""}`, a.r ?? "");
    this.row = r - 1;
    this.col = -1;
    if (a.hidden === "1" || a.hidden === "true") this.hidden.push(this.row);
  }

  private openCell(tag: string): void {
    const simple = isSimple(tag);
    const a = simple ? null : attrs(tag);
    const ref = simple ? quick(tag, ' r="') : (a?.r ?? null);
    this.type = simple ? quick(tag, ' t="') : (a?.t ?? null);
    const s = simple ? quick(tag, ' s="') : (a?.s ?? null);
    this.style = s ? Number(s) : 0;
    this.v = null;
    this.isText = "";
    if (ref === null) {
      this.col++;
      if (this.row < 0) this.row = 0;
    } else {
      const at = parseRef(ref);
      if (!at) throw new XmlRefused("corrupt", "xml-broken", `cell reference ${ref}`, ref, ref);
      if (at[0] >= MAX_ROWS || at[1] >= MAX_COLS) throw new XmlRefused("unsafe", "cell-out-of-range", `cell ${ref}`, ref, ref);
      this.row = at[0];
      this.col = at[1];
    }
    this.ref = ref ?? "";
  }

  private closeCell(): void {
    const v = this.value();
    if (v === null) return;
    const ctx = this.ctx;
    if (++ctx.cells > ctx.maxCells) throw new TooManyCells(ctx.maxCells);
    let values = this.rowValues[this.row];
    let formats = this.rowFormats[this.row];
    if (!values || !formats) {
      values = [];
      formats = [];
      this.rowValues[this.row] = values;
      this.rowFormats[this.row] = formats;
    }
    values[this.col] = v;
    formats[this.col] = ctx.formats[this.style] ?? "General";
  }

  /** The cell's value by its type (`t`); a formula cell's is its cached result, null when the file holds none. */
  private value(): CellValue {
    const raw = this.v;
    switch (this.type) {
      case null:
      case "n": {
        if (raw === null || raw.trim() === "") return null;
        const n = Number(raw);
        return Number.isFinite(n) ? n : { error: "#NUM!" };
      }
      case "s": {
        const strings = this.ctx.strings;
        const idx = raw === null ? NaN : Number(raw);
        if (raw === null) return null;
        if (!strings || !Number.isInteger(idx) || idx < 0 || idx >= strings.length) throw new XmlRefused("corrupt", "shared-string-missing", `shared string ${raw}`, raw.trim(), this.ref);
        return strings[idx] || null;
      }
      case "inlineStr":
        return this.isText || (raw === null ? null : checkedText(raw, this.ref) || null);
      case "b":
        return raw === null ? null : raw.trim() === "1" || raw.trim() === "true";
      case "e":
        return raw === null || raw === "" ? null : { error: decodeXml(raw) };
      case "d": {
        const t = raw === null ? NaN : Date.parse(raw.endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
        if (!Number.isFinite(t)) return null;
        return Math.round((t / MS_PER_DAY + (this.ctx.date1904 ? 24107 : 25569)) * 1e9) / 1e9;
      }
      default: // "str" and anything else: text
        return raw === null ? null : checkedText(raw, this.ref) || null;
    }
  }

  private openMerge(tag: string): void {
    const ref = attrs(tag).ref ?? "";
    this.merges.push(this.checkRange(ref));
  }

  /** A range "A1:C3" (or one cell) as 0-based bounds; refused when malformed or beyond Excel's limits. */
  private checkRange(ref: string): CellRange {
    const [a, b = a] = ref.split(":");
    const p = a ? parseRef(a) : null;
    const q = b ? parseRef(b) : null;
    if (!p || !q) throw new XmlRefused("unsafe", "cell-out-of-range", `range ${ref}`, ref);
    if (Math.max(p[0], q[0]) >= MAX_ROWS || Math.max(p[1], q[1]) >= MAX_COLS) throw new XmlRefused("unsafe", "cell-out-of-range", `range ${ref}`, ref);
    return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
  }
}
