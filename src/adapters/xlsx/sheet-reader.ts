import type { CellRange, CellValue } from "../../core/grid/grid";
import { ByteXmlStream, HIDDEN, R, S, T, type ByteXmlHandler } from "./byte-scan";
import { checkedText, MAX_CELL_TEXT } from "./shared-parts";
import { KIND, kindOf, valueOfText, type Kind } from "./cell-kinds";
import { a1, intOf, nameIs, numberOf, refOf, textOf } from "./sheet-bytes";
import { attrs, XmlRefused } from "./xml-text";

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

/**
 * Reads one worksheet's XML bytes as they stream (a state machine over the byte scanner's tokens): cell values
 * (shared and inline strings, numbers, booleans, errors, dates, cached formula results), each value cell's number
 * format, hidden rows and merged ranges. Rows beyond Excel's limits, missing shared strings and oversized text are
 * refused where they occur.
 */
export class SheetReader implements ByteXmlHandler {
  readonly rowValues: (CellValue[] | undefined)[] = [];
  readonly rowFormats: ((string | null)[] | undefined)[] = [];
  readonly hidden: number[] = [];
  readonly merges: CellRange[] = [];
  readonly stream = new ByteXmlStream(this);
  private row = -1;
  private col = -1;
  /** Row and column of the last cell reference read (reused: no array per cell). */
  private readonly at = new Float64Array(2);
  private kind: Kind = KIND.number;
  private style = 0;
  private inV = false;
  private inIs = false;
  private inIsT = false;
  private inRph = false;
  /** The `<v>` text: in place (bytes and span) when it came in one piece, else as a string. */
  private vBytes: Uint8Array | null = null;
  private vStart = 0;
  private vEnd = 0;
  private vText: string | null = null;
  private raw = "";
  private isText = "";

  constructor(private readonly ctx: SheetContext) {}

  get wantText(): boolean {
    return this.inV || this.inIsT;
  }

  open(b: Uint8Array, lt: number, gt: number, ns: number, ne: number): void {
    const len = ne - ns;
    const c = b[ns];
    if (len === 1 && c === 99) this.openCell(b);
    else if (len === 1 && c === 118) {
      this.inV = true;
      this.vBytes = null;
      this.vText = null;
    } else if (len === 3 && nameIs(b, ns, ne, "row")) this.openRow(b);
    else if (len === 2 && nameIs(b, ns, ne, "is")) {
      this.inIs = true;
      this.isText = "";
    } else if (len === 3 && nameIs(b, ns, ne, "rPh")) this.inRph = true;
    else if (len === 1 && c === 116 && this.inIs && !this.inRph) {
      this.inIsT = true;
      this.raw = "";
    } else if (len === 9 && nameIs(b, ns, ne, "mergeCell")) this.merges.push(this.checkRange(attrs(textOf(b, lt, gt + 1)).ref ?? ""));
    else if (len === 9 && nameIs(b, ns, ne, "dimension")) this.checkRange(attrs(textOf(b, lt, gt + 1)).ref ?? "");
  }

  text(b: Uint8Array, start: number, end: number, cdata: boolean): void {
    const piece = (): string => (cdata ? textOf(b, start, end).replace(/&/g, "&amp;") : textOf(b, start, end));
    if (this.inV) {
      if (this.vBytes === null && this.vText === null && !cdata) {
        this.vBytes = b;
        this.vStart = start;
        this.vEnd = end;
      } else {
        this.vText = (this.vText ?? (this.vBytes ? textOf(this.vBytes, this.vStart, this.vEnd) : "")) + piece();
        this.vBytes = null;
      }
      if ((this.vText?.length ?? end - start) > MAX_CELL_TEXT * 8) checkedText(this.vText ?? piece(), this.ref());
      return;
    }
    this.raw += piece();
    // Entities take at most 8 characters each, so longer raw text can never fit a cell: refuse before it grows more.
    if (this.raw.length > MAX_CELL_TEXT * 8) checkedText(this.raw, this.ref());
  }

  close(b: Uint8Array, ns: number, ne: number): void {
    const len = ne - ns;
    const c = b[ns];
    if (len === 1 && c === 99) this.closeCell();
    else if (len === 1 && c === 118) this.inV = false;
    else if (len === 1 && c === 116 && this.inIsT) {
      this.inIsT = false;
      this.isText += checkedText(this.raw, this.ref());
    } else if (len === 3 && nameIs(b, ns, ne, "rPh")) this.inRph = false;
    else if (len === 2 && nameIs(b, ns, ne, "is")) this.inIs = false;
  }

  private ref(): string {
    return a1(Math.max(0, this.row), Math.max(0, this.col));
  }

  private openRow(b: Uint8Array): void {
    const sp = this.stream.spans;
    const r = sp[R] < 0 ? this.row + 2 : intOf(b, sp[R], sp[R + 1]);
    if (r < 1 || r > MAX_ROWS) {
      const text = sp[R] < 0 ? "" : textOf(b, sp[R], sp[R + 1]);
      throw new XmlRefused("unsafe", "row-out-of-range", `row ${text}`, text);
    }
    this.row = r - 1;
    this.col = -1;
    if (sp[HIDDEN] >= 0 && (b[sp[HIDDEN]] === 49 || b[sp[HIDDEN]] === 116)) this.hidden.push(this.row);
  }

  private openCell(b: Uint8Array): void {
    const sp = this.stream.spans;
    this.kind = kindOf(b, sp[T], sp[T + 1]);
    this.style = sp[S] < 0 ? 0 : intOf(b, sp[S], sp[S + 1]);
    this.vBytes = null;
    this.vText = null;
    this.isText = "";
    if (sp[R] < 0) {
      this.col++;
      if (this.row < 0) this.row = 0;
      return;
    }
    const at = this.at;
    if (!refOf(b, sp[R], sp[R + 1], at)) {
      const ref = textOf(b, sp[R], sp[R + 1]);
      throw new XmlRefused("corrupt", "xml-broken", `cell reference ${ref}`, ref, ref);
    }
    if (at[0] >= MAX_ROWS || at[1] >= MAX_COLS) {
      const ref = textOf(b, sp[R], sp[R + 1]);
      throw new XmlRefused("unsafe", "cell-out-of-range", `cell ${ref}`, ref, ref);
    }
    this.row = at[0];
    this.col = at[1];
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

  /** The `<v>` text as a string (null when the cell had none). */
  private vString(): string | null {
    if (this.vText !== null) return this.vText;
    return this.vBytes ? textOf(this.vBytes, this.vStart, this.vEnd) : null;
  }

  /** The cell's value by its type (`t`); a formula cell's is its cached result, null when the file holds none. */
  private value(): CellValue {
    const { kind, vBytes: b, vStart, vEnd, ctx } = this;
    if (kind === KIND.number && b && vEnd > vStart) {
      const n = numberOf(b, vStart, vEnd);
      return Number.isFinite(n) ? n : { error: "#NUM!" };
    }
    if (kind === KIND.shared && b) {
      const idx = intOf(b, vStart, vEnd);
      if (ctx.strings && idx >= 0 && idx < ctx.strings.length) return ctx.strings[idx] || null;
    }
    return valueOfText(kind, this.vString(), this.isText, ctx, () => this.ref());
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
