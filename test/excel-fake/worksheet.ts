// Workbook, worksheets, charts, settings and freeze panes of the Excel fake.
import { FakeContext, FakeObject, FakeRichApiError } from "./context";
import { parseRect, qualified, type ChartState, type SheetModel } from "./model";
import { FakeRange } from "./range";
import { sheetNameProblem } from "../../src/core/grid/sheet-name";

export class FakeWorksheet extends FakeObject {
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows: (n: number) => void };

  constructor(
    context: FakeContext,
    /** Returns the sheet, null when absent (OrNullObject), or throws ItemNotFound (getItem). */
    readonly resolve: () => SheetModel | null,
  ) {
    super(context);
    this.charts = new FakeChartCollection(context, this);
    this.freezePanes = {
      freezeRows: (n: number) => {
        if (!context.requireApi("Worksheet.freezePanes")) return;
        this.write({ freezeRows: n }, () => (this.sheet().frozenRows = n));
      },
    };
  }

  sheet(): SheetModel {
    const s = this.resolve();
    if (!s) throw new FakeRichApiError("ItemNotFound", "worksheet");
    return s;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "position") return this.context.model.sheets.indexOf(s);
    if (prop === "visibility") return s.visibility;
    throw new FakeRichApiError("PropertyNotFound", prop);
  }

  get name(): string {
    return this.read("name");
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolve();
      return s ? { sheet: s, rects: [parseRect(address)] } : null;
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    this.context.requireApi("Worksheet.getRangeByIndexes");
    return this.rangeAt(row, col, rowCount, colCount);
  }

  private rangeAt(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolve();
      return s ? { sheet: s, rects: [{ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 }] } : null;
    });
  }

  /** Worksheet.getCell is ExcelApi 1.1. */
  getCell(row: number, col: number): FakeRange {
    return this.rangeAt(row, col, 1, 1);
  }

  /** A RangeAreas for "A1,B2:C3" (ExcelApi 1.9). */
  getRanges(addresses: string): FakeRange {
    this.context.requireApi("Worksheet.getRanges");
    return new FakeRange(this.context, () => {
      const s = this.resolve();
      return s ? { sheet: s, rects: addresses.split(",").map(parseRect) } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    // Resolved once, when the batch runs: the used range is a snapshot, like Excel's.
    let resolved: { sheet: SheetModel; rects: { top: number; left: number; bottom: number; right: number }[] } | null | undefined;
    return new FakeRange(this.context, () => {
      if (resolved !== undefined) return resolved;
      const s = this.resolve();
      const rect = s?.usedRect(valuesOnly);
      resolved = s && rect ? { sheet: s, rects: [rect] } : null;
      return resolved;
    }).asNullable();
  }

  get visibility(): string {
    return this.read("visibility");
  }

  /** Excel refuses to activate a hidden sheet. */
  activate(): void {
    this.write({ activate: true }, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new FakeRichApiError("InvalidOperation", `sheet ${s.name} is hidden`);
      this.context.model.active = this.context.model.sheets.indexOf(s);
    });
  }

  delete(): void {
    this.write({ delete: true }, () => {
      const m = this.context.model;
      m.sheets = m.sheets.filter((s) => s !== this.sheet());
      m.active = Math.min(m.active, m.sheets.length - 1);
    });
  }
}

export class FakeWorksheetCollection extends FakeObject {
  static readonly nested = true;
  private itemProxies: FakeWorksheet[] = [];
  protected snapshot(prop: string): unknown {
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  override loadPath(path: string): number {
    if (!path.startsWith("items")) return super.loadPath(path);
    this.itemProxies = this.context.model.sheets.map((s) => new FakeWorksheet(this.context, () => s));
    const rest = path.split("/").slice(1).join("/");
    return this.itemProxies.reduce((n, p) => n + (rest ? p.loadPath(rest) : p.loadPath("name")), 0);
  }
  get items(): FakeWorksheet[] {
    return this.itemProxies;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw new FakeRichApiError("ItemNotFound", `worksheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null).asNullable();
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheets[this.context.model.active] ?? null);
  }
  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue({ addSheet: name }, () => {
      if (this.context.model.sheet(name)) throw new FakeRichApiError("ItemAlreadyExists", name);
      // Excel refuses a name over 31 characters, with [ ] : * ? / \, or with a leading or trailing apostrophe.
      const problem = sheetNameProblem(name, []);
      if (problem) throw new FakeRichApiError("InvalidArgument", `bad sheet name ${name}: ${problem.kind}`);
      created = this.context.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created ?? this.context.model.sheet(name) ?? null);
  }
}

export class FakeChart extends FakeObject {
  readonly title: { text: string };
  readonly axes: { categoryAxis: { title: { text: string }; reversePlotOrder: boolean }; valueAxis: { title: { text: string }; numberFormat: string; maximum: number } };
  readonly series: { getItemAt: (i: number) => { chartType: string } };

  constructor(
    context: FakeContext,
    readonly resolve: () => ChartState | null,
  ) {
    super(context);
    const set = (request: object, fn: (c: ChartState) => void, what?: string) => {
      if (what && !context.requireApi(what)) return;
      this.write(request, () => fn(this.chart()));
    };
    this.title = { set text(v: string) { set({ title: v }, (c) => (c.title = v)); }, get text() { throw new FakeRichApiError("PropertyNotLoaded", "text"); } };
    this.axes = {
      categoryAxis: {
        title: { set text(v: string) { set({ catTitle: v }, (c) => (c.categoryAxisTitle = v)); }, get text() { throw new FakeRichApiError("PropertyNotLoaded", "text"); } },
        set reversePlotOrder(v: boolean) { set({ reverse: v }, () => undefined, "ChartAxis.reversePlotOrder"); },
        get reversePlotOrder() { throw new FakeRichApiError("PropertyNotLoaded", "reversePlotOrder"); },
      },
      valueAxis: {
        title: { set text(v: string) { set({ valTitle: v }, (c) => (c.valueAxisTitle = v)); }, get text() { throw new FakeRichApiError("PropertyNotLoaded", "text"); } },
        set numberFormat(v: string) { set({ numFmt: v }, (c) => (c.valueAxisNumberFormat = v), "ChartAxis.numberFormat"); },
        get numberFormat() { throw new FakeRichApiError("PropertyNotLoaded", "numberFormat"); },
        set maximum(v: number) { set({ max: v }, (c) => (c.valueAxisMaximum = v)); },
        get maximum() { throw new FakeRichApiError("PropertyNotLoaded", "maximum"); },
      },
    };
    this.series = {
      getItemAt: (i: number) => ({
        set chartType(v: string) { set({ series: i, type: v }, (c) => (c.seriesTypes[i] = v), "ChartSeries.chartType"); },
        get chartType() { throw new FakeRichApiError("PropertyNotLoaded", "chartType"); },
      }),
    };
  }

  chart(): ChartState {
    const c = this.resolve();
    if (!c) throw new FakeRichApiError("ItemNotFound", "chart");
    return c;
  }
  protected override exists(): boolean {
    return this.resolve() !== null;
  }
  protected snapshot(prop: string): unknown {
    const c = this.chart();
    if (prop === "name") return c.name;
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write({ name: v }, () => (this.chart().name = v));
  }
  setPosition(start: string, end?: string): void {
    this.write({ start, end }, () => (this.chart().position = end ? `${start}:${end}` : start));
  }
  delete(): void {
    this.write({ deleteChart: true }, () => {
      const c = this.chart();
      for (const s of this.context.model.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

export class FakeChartCollection extends FakeObject {
  static readonly nested = true;
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "count") return this.ws.sheet().charts.length;
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let made: ChartState | null = null;
    this.context.enqueue({ chart: type, seriesBy }, () => {
      const t = source.target();
      const cols = t.rects[0].right - t.rects[0].left;
      made = { name: `Chart ${this.ws.sheet().charts.length + 1}`, type, source: qualified(t.sheet.name, t.rects[0]), title: "", categoryAxisTitle: "", valueAxisTitle: "", valueAxisNumberFormat: "General", valueAxisMaximum: null, seriesTypes: new Array<string>(cols).fill(type), position: "" };
      this.ws.sheet().charts.push(made);
    });
    return new FakeChart(this.context, () => made);
  }
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, () => this.ws.resolve()?.charts.find((c) => c.name === name) ?? null).asNullable();
  }
}

export class FakeSetting extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }
  protected override exists(): boolean {
    return this.context.model.settings.has(this.key);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "value") return this.context.model.settings.get(this.key);
    if (prop === "key") return this.key;
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.write({ deleteSetting: this.key }, () => this.context.model.settings.delete(this.key));
  }
}

export class FakeSettingCollection extends FakeObject {
  static readonly nested = true;
  protected snapshot(prop: string): unknown {
    throw new FakeRichApiError("PropertyNotFound", prop);
  }
  add(key: string, value: unknown): FakeSetting {
    if (!this.context.requireApi("Workbook.settings")) return new FakeSetting(this.context, key);
    // Office serialises setting values as JSON; keep a copy, never the caller's object.
    this.context.enqueue({ key, value }, () => void this.context.model.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new FakeSetting(this.context, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    this.context.requireApi("Workbook.settings");
    return new FakeSetting(this.context, key).asNullable();
  }
}
