import { XmlStream } from "./xml-stream";
import { attrs, decodeExcelEscapes, decodeXml, XmlRefused } from "./xml-text";

/** The shared-string table a sheet is read against; null when the file has none. */
export type SheetStrings = readonly string[] | null;

/** Excel's limit on one cell's text; longer text is not something Excel writes. */
export const MAX_CELL_TEXT = 32_767;

/** Refuses text longer than Excel can hold in a cell (a 2-million-character "string" is an attack, not data). */
export function checkedText(raw: string, cell?: string): string {
  const text = decodeExcelEscapes(decodeXml(raw));
  if (text.length > MAX_CELL_TEXT) throw new XmlRefused("unsafe", "text-too-long", `text of ${text.length} characters`, String(text.length), cell);
  return text;
}

/**
 * The shared-string table (bảng chuỗi dùng chung) from sharedStrings.xml, streamed: each `<si>` as the text of its
 * `<t>` or of its rich-text runs' `<t>`, leaving out phonetic runs (`<rPh>`), as exceljs shows rich text.
 */
export class SharedStringsReader {
  readonly strings: string[] = [];
  private inSi = false;
  private inRph = false;
  private inT = false;
  private raw = "";
  private current = "";
  readonly stream = new XmlStream(this);

  get wantText(): boolean {
    return this.inT;
  }

  open(local: string): void {
    if (local === "si") {
      this.inSi = true;
      this.current = "";
    } else if (local === "rPh") this.inRph = true;
    else if (local === "t" && this.inSi && !this.inRph) {
      this.inT = true;
      this.raw = "";
    }
  }

  text(raw: string): void {
    this.raw += raw;
    if (this.raw.length > MAX_CELL_TEXT * 8) checkedText(this.raw);
  }

  close(local: string): void {
    if (local === "t" && this.inT) {
      this.inT = false;
      this.current += checkedText(this.raw);
      if (this.current.length > MAX_CELL_TEXT) checkedText(this.current);
    } else if (local === "rPh") this.inRph = false;
    else if (local === "si") {
      this.inSi = false;
      this.strings.push(this.current);
    }
  }
}

/** Number formats exceljs knows by built-in id (ECMA-376 §18.8.30), so formats read the same as before. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** The number format of each cell style (`<cellXfs>` index → format code), from styles.xml. */
export class StylesReader {
  private readonly custom = new Map<number, string>();
  private readonly xfIds: number[] = [];
  private inCellXfs = false;
  readonly stream = new XmlStream(this);
  readonly wantText = false;

  open(local: string, tag: string): void {
    if (local === "numFmt") {
      const a = attrs(tag);
      const id = Number(a.numFmtId);
      if (Number.isInteger(id) && a.formatCode !== undefined) this.custom.set(id, a.formatCode);
    } else if (local === "cellXfs") this.inCellXfs = true;
    else if (local === "xf" && this.inCellXfs) this.xfIds.push(Number(attrs(tag).numFmtId ?? 0));
  }

  close(local: string): void {
    if (local === "cellXfs") this.inCellXfs = false;
  }

  text(): void {}

  /** Format code per style index; "General" where the id is neither custom nor built in. */
  formats(): string[] {
    return this.xfIds.map((id) => this.custom.get(id) || BUILT_IN[id] || "General");
  }
}
