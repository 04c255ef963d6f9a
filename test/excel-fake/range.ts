// Range, RangeAreas, format, fill, font and data validation proxies of the Excel fake.
import { FakeContext, FakeObject, FakeRichApiError } from "./context";
import { MAX_MERGED_AREAS } from "./requirements";
import { qualified, rectAddress, type FontState, type Rect, type RawValue, type SheetModel } from "./model";

/** What a range proxy points at, resolved at sync: a sheet and one or more rectangles. */
export interface RangeTarget {
  sheet: SheetModel;
  rects: Rect[];
}

type Matrix = unknown[][] | unknown;

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Writes one cell the way Excel treats `values` / `formulas` input (null leaves the cell unchanged). */
export function writeCell(sheet: SheetModel, r: number, c: number, v: unknown): void {
  if (v === null || v === undefined) return;
  sheet.setFormula(r, c, undefined);
  if (typeof v === "number" || typeof v === "boolean") return sheet.setRaw(r, c, v);
  const s = String(v);
  if (s === "" || sheet.format(r, c) === "@") return sheet.setRaw(r, c, s);
  if (s.startsWith("=")) {
    sheet.setFormula(r, c, s);
    return sheet.setRaw(r, c, 0);
  }
  if (NUMERIC.test(s.trim())) return sheet.setRaw(r, c, Number(s.trim()));
  if (/^[+\-@]/.test(s)) {
    // Excel parses "+x", "-x" and "@x" typed into a General cell as a formula.
    sheet.setFormula(r, c, `=${s.slice(s.startsWith("@") ? 1 : 0)}`);
    return sheet.setRaw(r, c, "#NAME?");
  }
  sheet.setRaw(r, c, s);
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    context: FakeContext,
    private readonly resolveTarget: () => RangeTarget | null,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.dataValidation = new FakeDataValidation(context, this);
  }

  target(): RangeTarget {
    const t = this.resolveTarget();
    if (!t) throw new FakeRichApiError("ItemNotFound", "range");
    return t;
  }

  protected override exists(): boolean {
    return this.resolveTarget() !== null;
  }

  protected override child(name: string): FakeObject | undefined {
    return name === "format" ? this.format : undefined;
  }

  /** Visits every cell of every rectangle. */
  each(fn: (sheet: SheetModel, r: number, c: number, i: number, j: number) => void): void {
    const { sheet, rects } = this.target();
    for (const rect of rects) for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(sheet, r, c, r - rect.top, c - rect.left);
  }

  private single(): Rect {
    const { rects } = this.target();
    if (rects.length !== 1) throw new FakeRichApiError("InvalidOperation", "multiple areas");
    return rects[0];
  }

  private matrix<T>(fn: (sheet: SheetModel, r: number, c: number) => T): T[][] {
    const rect = this.single();
    const { sheet } = this.target();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(fn(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  protected snapshot(prop: string): unknown {
    const { sheet, rects } = this.target();
    const rect = rects[0];
    switch (prop) {
      case "address":
        return rects.map((r) => qualified(sheet.name, r)).join(",");
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "values":
        return this.matrix((s, r, c) => s.get(r, c));
      case "numberFormat":
        return this.matrix((s, r, c) => s.format(r, c));
      case "formulas":
        return this.matrix((s, r, c) => s.formula(r, c) ?? s.get(r, c));
      case "valueTypes":
        return this.matrix((s, r, c) => valueType(s.get(r, c)));
      case "rowHidden": {
        let hidden = 0;
        for (let r = rect.top; r <= rect.bottom; r++) if (sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rect.bottom - rect.top + 1 ? true : null;
      }
      default:
        throw new FakeRichApiError("PropertyNotFound", prop);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): RawValue[][] {
    return this.read("values");
  }
  set values(v: Matrix) {
    this.write({ values: v }, () => this.setEach(v, (s, r, c, x) => writeCell(s, r, c, x)));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: Matrix) {
    this.write({ formulas: v }, () => this.setEach(v, (s, r, c, x) => writeCell(s, r, c, x)));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: Matrix) {
    this.write({ numberFormat: v }, () => this.setEach(v, (s, r, c, x) => x !== null && x !== undefined && s.setFormat(r, c, String(x))));
  }
  set hyperlink(v: { documentReference?: string; textToDisplay?: string }) {
    if (!this.context.requireApi("Range.hyperlink")) return;
    this.write({ hyperlink: v }, () => this.each((s, r, c) => s.setLink(r, c, v.documentReference ?? "")));
  }

  /** A matrix must match the range's shape; a scalar is applied to every cell (as Excel does). */
  private setEach(v: Matrix, fn: (s: SheetModel, r: number, c: number, x: unknown) => void): void {
    const { rects } = this.target();
    if (Array.isArray(v)) {
      const rect = this.single();
      if (v.length !== rect.bottom - rect.top + 1 || v.some((row) => !Array.isArray(row) || row.length !== rect.right - rect.left + 1)) {
        throw new FakeRichApiError("InvalidArgument", `dimensions do not match ${rectAddress(rects[0])}`);
      }
      this.each((s, r, c, i, j) => fn(s, r, c, (v as unknown[][])[i][j]));
    } else this.each((s, r, c) => fn(s, r, c, v));
  }

  select(): void {
    this.write({ select: true }, () => {
      const { sheet, rects } = this.target();
      if (sheet.visibility !== "Visible") throw new FakeRichApiError("InvalidOperation", `sheet ${sheet.name} is hidden`);
      this.context.model.selection = { sheet: sheet.name, address: rectAddress(rects[0]) };
    });
  }

  merge(across = false): void {
    this.write({ merge: across }, () => this.target().sheet.merges.push({ ...this.single() }));
  }

  clear(): void {
    this.write({ clear: true }, () => this.target().rects.forEach((r) => this.target().sheet.clear(r)));
  }

  getRow(i: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      const r = t.rects[0];
      return { sheet: t.sheet, rects: [{ top: r.top + i, bottom: r.top + i, left: r.left, right: r.right }] };
    });
  }

  getCell(i: number, j: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      const r = t.rects[0];
      return { sheet: t.sheet, rects: [{ top: r.top + i, bottom: r.top + i, left: r.left + j, right: r.left + j }] };
    });
  }

  /** Merged areas inside this range (ExcelApi 1.13), as a RangeAreas-like proxy with `address`. */
  getMergedAreasOrNullObject(): FakeRange {
    this.context.requireApi("Range.getMergedAreasOrNullObject");
    const areas = new FakeRange(this.context, () => {
      const t = this.resolveTarget();
      if (!t) return null;
      const r = t.rects[0];
      const inside = t.sheet.merges.filter((m) => m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right);
      // The d.ts: "if the merged areas count in this range is more than 512, then this method will fail".
      if (inside.length > MAX_MERGED_AREAS) throw new FakeRichApiError("GeneralException", `${inside.length} merged areas (more than ${MAX_MERGED_AREAS})`);
      return inside.length ? { sheet: t.sheet, rects: inside } : null;
    });
    return areas.asNullable();
  }
}

function valueType(v: RawValue): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#[A-Z/0!?]+/.test(v) ? "Error" : "String";
}

export class FakeRangeFormat extends FakeObject {
  static readonly nested = true;
  readonly fill: FakeFill;
  readonly font: FakeFont;
  constructor(
    context: FakeContext,
    readonly range: FakeRange,
  ) {
    super(context);
    this.fill = new FakeFill(context, range);
    this.font = new FakeFont(context, range);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "columnWidth") {
      const t = this.range.target();
      return t.sheet.columnWidths.get(t.rects[0].left) ?? 48;
    }
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  set columnWidth(w: number) {
    this.write({ columnWidth: w }, () => {
      const t = this.range.target();
      for (const r of t.rects) for (let c = r.left; c <= r.right; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  set wrapText(v: boolean) {
    this.write({ wrapText: v }, () => undefined);
  }
  set horizontalAlignment(v: string) {
    this.write({ horizontalAlignment: v }, () => undefined);
  }
  set verticalAlignment(v: string) {
    this.write({ verticalAlignment: v }, () => undefined);
  }
}

export class FakeFill extends FakeObject {
  static readonly nested = true;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    const fills = new Set<string | null>();
    this.range.each((s, r, c) => fills.add(s.fill(r, c)));
    const only = fills.size === 1 ? [...fills][0] : undefined;
    if (prop === "color") return only === undefined ? null : (only ?? "#FFFFFF");
    if (prop === "pattern") {
      if (this.context.model.apiMinor < 9) throw new FakeRichApiError("ApiNotFound", "RangeFill.pattern needs ExcelApi 1.9");
      return only === undefined ? null : only === null ? "None" : "Solid";
    }
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string) {
    this.write({ fill: v }, () => this.range.each((s, r, c) => s.setFill(r, c, v)));
  }
  get pattern(): string | null {
    return this.read("pattern");
  }
  clear(): void {
    this.write({ fillClear: true }, () => this.range.each((s, r, c) => s.setFill(r, c, null)));
  }
}

export class FakeFont extends FakeObject {
  static readonly nested = true;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    const t = this.range.target();
    return t.sheet.font(t.rects[0].top, t.rects[0].left)[prop as keyof FontState] ?? null;
  }
  private patch(p: FontState): void {
    this.write({ font: p }, () => this.range.each((s, r, c) => s.setFont(r, c, p)));
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.patch({ bold: v });
  }
  set italic(v: boolean) {
    this.patch({ italic: v });
  }
  set size(v: number) {
    this.patch({ size: v });
  }
  set color(v: string) {
    this.patch({ color: v });
  }
}

export class FakeDataValidation extends FakeObject {
  static readonly nested = true;
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    const t = this.range.target();
    const v = t.sheet.validations.find((x) => x.rect.top === t.rects[0].top && x.rect.left === t.rects[0].left);
    return prop === "rule" ? (v?.rule ?? null) : null;
  }
  set rule(rule: unknown) {
    if (!this.context.requireApi("DataValidation.rule")) return;
    this.write({ rule }, () => {
      const t = this.range.target();
      t.rects.forEach((rect) => t.sheet.validations.push({ rect, rule }));
    });
  }
  set errorAlert(alert: unknown) {
    if (!this.context.requireApi("DataValidation.errorAlert")) return;
    this.write({ alert }, () => {
      const t = this.range.target();
      const v = t.sheet.validations.filter((x) => x.rect.top === t.rects[0].top && x.rect.left === t.rects[0].left).pop();
      if (v) v.alert = alert;
    });
  }
}
