// The Excel fake: an in-memory workbook behind an Excel.run-like `run`, with Excel's load/sync rules.
import { FakeContext, SyncStats } from "./context";
import { WorkbookModel } from "./model";
import { FakeSettingCollection, FakeWorksheetCollection } from "./worksheet";

export { FakeRichApiError, SyncStats } from "./context";
export { WorkbookModel, SheetModel, parseRect, rectAddress } from "./model";
export type { RawValue, Rect } from "./model";

/** The fake's RequestContext: `workbook` with worksheets and settings, and `sync()`. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; settings: FakeSettingCollection };
  constructor(model: WorkbookModel, stats: SyncStats) {
    super(model, stats);
    this.workbook = { worksheets: new FakeWorksheetCollection(this), settings: new FakeSettingCollection(this) };
  }
}

/** A fake Excel: the model to set up and inspect, sync statistics, `run` for adapters, and requirement checks. */
export interface FakeExcel {
  readonly model: WorkbookModel;
  readonly stats: SyncStats;
  run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** Creates a fake Excel over a model (a new model with ExcelApi 1.1–1.`apiMinor` when none is given). */
export function createFakeExcel(opts: { model?: WorkbookModel; apiMinor?: number } = {}): FakeExcel {
  const model = opts.model ?? new WorkbookModel(opts.apiMinor ?? 13);
  const stats = new SyncStats();
  return {
    model,
    stats,
    async run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(model, stats);
      const out = await fn(ctx as unknown as Excel.RequestContext);
      // Excel.run flushes what is still queued when the batch function returns.
      if (ctx.pending > 0) await ctx.sync();
      return out;
    },
    isSetSupported(name: string, version: string): boolean {
      const m = /^1\.(\d+)$/.exec(version);
      return name === "ExcelApi" && m !== null && Number(m[1]) <= model.apiMinor;
    },
  };
}
