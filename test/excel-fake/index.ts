// The Excel fake: an in-memory workbook behind an Excel.run-like `run`, with Excel's load/sync rules.
import { FakeContext, SyncStats } from "./context";
import { HOST_MODES, type HostMode } from "./requirements";
import { WorkbookModel } from "./model";
import { FakeSettingCollection, FakeWorksheetCollection } from "./worksheet";

export { FakeRichApiError, SyncStats } from "./context";
export { WorkbookModel, SheetModel, parseRect, rectAddress } from "./model";
export type { RawValue, Rect } from "./model";
export { HOST_MODES, EXCEL_API_MINOR, MAX_MERGED_AREAS, PAYLOAD_LIMIT_BYTES, type HostMode } from "./requirements";

/** Application.calculate (ExcelApi 1.1): recorded in the model, the only way the fake "recalculates". */
class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  calculate(calculationType: string): void {
    this.context.enqueue({ calculate: calculationType }, () => void this.context.model.calculations.push(calculationType));
  }
}

/** The fake's RequestContext: `workbook` with worksheets and settings, and `sync()`. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; settings: FakeSettingCollection; application: FakeApplication };
  constructor(model: WorkbookModel, stats: SyncStats) {
    super(model, stats);
    this.workbook = { worksheets: new FakeWorksheetCollection(this), settings: new FakeSettingCollection(this), application: new FakeApplication(this) };
  }
}

/** A fake Excel: the model to set up and inspect, sync statistics, `run` for adapters, and requirement checks. */
export interface FakeExcel {
  readonly model: WorkbookModel;
  readonly stats: SyncStats;
  run<T>(fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/**
 * Creates a fake Excel over a model (a new model with ExcelApi 1.1–1.`apiMinor` when none is given). `host` picks the
 * requirement sets of a kind of Excel ("excel-api-1.4-1.6" for a perpetual build without getRangeByIndexes).
 */
export function createFakeExcel(opts: { model?: WorkbookModel; apiMinor?: number; host?: HostMode } = {}): FakeExcel {
  const mode = HOST_MODES[opts.host ?? "microsoft-365"];
  const model = opts.model ?? new WorkbookModel(opts.apiMinor ?? mode.excelApiMinor);
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
      if (m === null) return false;
      if (name === "ExcelApi") return Number(m[1]) <= model.apiMinor;
      if (name === "CustomFunctionsRuntime") return Number(m[1]) <= mode.customFunctionsMinor;
      return name === "SharedRuntime" && m[1] === "1";
    },
  };
}
