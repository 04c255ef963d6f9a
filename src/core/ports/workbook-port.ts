import type { ChartSpec } from "../charts/chart-spec";
import type { CellValue, Grid } from "../grid/grid";
import type { PlainValue } from "../validation/issue";
import type { SheetSpec } from "../templates/sheet-spec";
import type { OfficeWarning } from "./office-errors";

/** One cell of a workbook by sheet name and A1 address (ô). */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** A reversible colour mark on a cell (đánh dấu): red for errors, yellow for warnings. */
export interface CellMark extends CellRef {
  readonly severity: "error" | "warning";
}

/** A value to write into one cell; text is escaped by the adapter so it is never run as a formula. */
export interface CellWrite extends CellRef {
  readonly value: PlainValue;
  /** Number format to set with the value (restoring an old cell); omitted = keep the cell's format. */
  readonly numberFormat?: string;
  /** A formula to restore instead of the value (only for undo of a cell that held one). */
  readonly formula?: string;
}

/** What a cell holds now: its value, number format, and formula when it has one (ảnh chụp ô). */
export interface CellSnapshot extends CellRef {
  readonly value: CellValue;
  readonly numberFormat: string;
  readonly formula?: string;
}

/** A cell's fill as read before marking: a colour, or none. */
export interface CellFill extends CellRef {
  /** "#RRGGBB", or null when the cell has no fill. */
  readonly color: string | null;
}

/** Progress of a long sheet read, reported after each block. */
export interface ReadProgress {
  readonly sheet: string;
  readonly rowsRead: number;
  readonly totalRows: number;
}

/** The ExcelApi requirement sets this Excel supports (yêu cầu phiên bản), highest first not required. */
export interface Requirements {
  /** Minor versions of ExcelApi 1.x supported, e.g. [1, 2, …, 9]. */
  readonly excelApi: readonly number[];
}

/** True when ExcelApi 1.`minor` is supported. */
export function hasExcelApi(req: Requirements, minor: number): boolean {
  return req.excelApi.includes(minor);
}

/** The outcome of writing a sheet or a chart: what was skipped and why. */
export interface WriteOutcome {
  readonly warnings: readonly OfficeWarning[];
}

/** The top-left cell of a chart's area on a sheet. */
export interface ChartAnchor {
  readonly row: number;
  readonly col: number;
}

/**
 * What the app needs from an open workbook (cổng sổ tính). Implemented by the Office adapter (Excel.run) and by test
 * fakes. Methods reject with an OfficePortError (see office-errors.ts), never with raw Office text.
 */
export interface WorkbookPort {
  listSheets(): Promise<string[]>;
  activeSheetName(): Promise<string>;
  /** Reads the used range (values, number formats, hidden rows, merges when cheap) in blocks. */
  readSheet(name: string, onProgress?: (p: ReadProgress) => void): Promise<Grid>;
  selectCell(sheet: string, address: string): Promise<void>;
  readFormats(sheet: string, addresses: readonly string[]): Promise<CellFill[]>;
  /** Marks cells; first restores the old marks on `sheets` (default: the sheets of `marks`) so marks never pile up. */
  applyMarks(marks: readonly CellMark[], sheets?: readonly string[]): Promise<void>;
  /** Restores the original fill of every marked cell (of `sheets`, default all) and empties the marks journal. */
  clearMarks(sheets?: readonly string[]): Promise<number>;
  readValues(sheet: string, addresses: readonly string[]): Promise<CellSnapshot[]>;
  /** Writes cells in batches; text starting with = + - @ or looking like a number is written as text. */
  writeValues(changes: readonly CellWrite[]): Promise<void>;
  /** Adds a sheet from a spec; fails with office-sheet-exists when the name is taken. */
  addSheet(spec: SheetSpec): Promise<WriteOutcome>;
  /** Adds a sheet from a spec, replacing a sheet of that name. */
  replaceSheet(spec: SheetSpec): Promise<WriteOutcome>;
  /** Draws a chart named spec.id with its data block at `anchor` on `sheet`; replaces only a chart of that name. */
  upsertChart(sheet: string, anchor: ChartAnchor, spec: ChartSpec): Promise<WriteOutcome>;
  /** Workbook-kept state by key (JSON text), or null when absent. */
  loadState(key: string): Promise<string | null>;
  saveState(key: string, json: string): Promise<void>;
  requirements(): Promise<Requirements>;
}

/** Keys of the state the product keeps inside the workbook. */
export const STATE_KEYS = {
  marks: "xhht.marks",
  undo: "xhht.undo",
  checkLog: "xhht.check-log",
  charts: "xhht.charts",
  /** Column maps the officer confirmed ("Ghép cột"), keyed by the sheet's header texts. */
  columnMaps: "xhht.column-maps",
  /** The fingerprint of the data when "Kết quả kiểm tra" was written (biên nhận kiểm tra). */
  receipt: "xhht.receipt",
} as const;

/** Workbook-kept state as read from a file: key → the JSON text `loadState` would return (parts joined). */
export type StoredState = Readonly<Record<string, string>>;
