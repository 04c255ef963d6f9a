import type { Grid } from "../../core/grid/grid";
import type { StoredState } from "../../core/ports/workbook-port";
import { fail, ok, type Result } from "../../core/result";
import { parseRels, parseWorkbook, relsPathOf, type WorkbookPart } from "./package-parts";
import { SharedStringsReader, StylesReader } from "./shared-parts";
import { gridOfSheet, usedArea } from "./sheet-grid";
import { SheetReader, TooManyCells, type SheetContext } from "./sheet-reader";
import { DEFAULT_SNIFF_LIMITS, sniffWorkbookBytes } from "./sniff";
import { isWebExtensionPart, storedStateOf, webExtensionProperties } from "./workbook-settings";
import type { XlsxError } from "./xlsx-error";
import { XmlRefused } from "./xml-text";
import { entryText, InflateBudgetExceeded, streamEntryNative, type InflateBudget, type NativeInflate } from "./zip-entry";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

export type { XlsxError, XlsxErrorCode } from "./xlsx-error";

/** Whether a sheet shows in Excel's tabs; hidden sheets are read all the same. */
export type SheetState = "visible" | "hidden" | "veryHidden";

/** A workbook read as plain grids (sổ bảng tính), one per worksheet in tab order, with each sheet's visibility. */
export interface WorkbookGrids {
  readonly fileName: string;
  readonly sheets: Grid[];
  /** Visibility of each sheet, same order as `sheets`. */
  readonly sheetStates?: SheetState[];
  /** The add-in's workbook settings stored in the file (keys `xhht.*`, parts joined); empty when there are none. */
  readonly state?: StoredState;
}

export interface ReadWorkbookOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number;
  /** Largest number of cells accepted over all used ranges (default 20 million). */
  readonly maxCells?: number;
  /** Most bytes all parts together may inflate to, counted while inflating (default 500 MB). */
  readonly maxInflated?: number;
  /** The platform's native inflater for the large parts (Node's zlib, the browser's DecompressionStream); fflate without. */
  readonly inflate?: NativeInflate;
  /** Packed size of a part from which `inflate` is used (default 128 KiB; smaller parts inflate faster through fflate). */
  readonly nativeFrom?: number;
}

const DEFAULT_MAX_CELLS = 20_000_000;

/** The zip's entries by path, case-insensitively (Excel's own paths are exact; other writers vary the case). */
type Entries = Map<string, ZipEntry>;

function must(entries: Entries, path: string): ZipEntry {
  const e = entries.get(path.toLowerCase());
  if (!e) throw new XmlRefused("corrupt", "part-missing", `part ${path} missing`, path);
  return e;
}

function workbookPart(b: Uint8Array, entries: Entries, budget: InflateBudget): WorkbookPart {
  const root = entries.get("_rels/.rels");
  const rootRels = root ? parseRels(entryText(b, root, budget), "", "_rels/.rels") : [];
  const path = rootRels.find((r) => r.type === "officeDocument")?.path ?? "xl/workbook.xml";
  const relsPath = relsPathOf(path);
  const relsEntry = entries.get(relsPath.toLowerCase());
  const rels = relsEntry ? parseRels(entryText(b, relsEntry, budget), path, relsPath) : [];
  return parseWorkbook(entryText(b, must(entries, path), budget), path, rels);
}

/** Streams one part through a scanner. */
async function scanPart(b: Uint8Array, e: ZipEntry, budget: InflateBudget, reader: { readonly stream: { push(c: Uint8Array): void; end(): void } }, opts: ReadWorkbookOptions = {}): Promise<void> {
  await streamEntryNative(b, e, budget, (chunk) => reader.stream.push(chunk), opts.inflate, opts.nativeFrom);
  reader.stream.end();
}

/** Where the reader is (a sheet or a part), kept up to date so a refusal can say where it happened. */
interface Where {
  sheet?: string;
  part?: string;
}

async function readAll(b: Uint8Array, fileName: string, entries: Entries, opts: ReadWorkbookOptions, at: Where): Promise<Result<WorkbookGrids, XlsxError>> {
  const budget: InflateBudget = { remaining: opts.maxInflated ?? DEFAULT_SNIFF_LIMITS.maxTotalUncompressed };
  const where = (w: Where): void => {
    at.sheet = w.sheet;
    at.part = w.part;
  };
  where({ part: "xl/workbook.xml" });
  const wb = workbookPart(b, entries, budget);
  if (wb.sheets.length === 0) return fail({ code: "no-sheets", fileName });
  let strings: string[] | null = null;
  const sstEntry = wb.sharedStrings ? entries.get(wb.sharedStrings.toLowerCase()) : undefined;
  if (sstEntry) {
    where({ part: sstEntry.name });
    const sst = new SharedStringsReader();
    await scanPart(b, sstEntry, budget, sst, opts);
    strings = sst.strings;
  }
  let formats: string[] = [];
  const stylesEntry = wb.styles ? entries.get(wb.styles.toLowerCase()) : undefined;
  if (stylesEntry) {
    where({ part: stylesEntry.name });
    const styles = new StylesReader();
    await scanPart(b, stylesEntry, budget, styles);
    formats = styles.formats();
  }
  const ctx: SheetContext = { strings, formats, date1904: wb.date1904, maxCells: opts.maxCells ?? DEFAULT_MAX_CELLS, cells: 0 };
  const sheets: Grid[] = [];
  let area = 0;
  for (const s of wb.sheets) {
    where({ sheet: s.name });
    const reader = new SheetReader(ctx);
    await scanPart(b, must(entries, s.path), budget, reader, opts);
    const used = usedArea(reader);
    area += used.area;
    if (area > ctx.maxCells) return fail({ code: "file-too-large", fileName, limit: { kind: "cells", max: ctx.maxCells, actual: area } });
    sheets.push(gridOfSheet(s.name, reader, used));
  }
  const props = [...entries.values()]
    .filter((e) => isWebExtensionPart(e.name))
    .sort((x, y) => (x.name < y.name ? -1 : 1))
    .map((e) => {
      where({ part: e.name });
      return webExtensionProperties(entryText(b, e, budget), e.name);
    });
  return ok({ fileName, sheets, sheetStates: wb.sheets.map((s) => s.state), state: storedStateOf(props) });
}

/**
 * Reads an .xlsx file's bytes into grids, in Node and in the browser (no file system, no DOM). The bytes are sniffed
 * first (empty, size, .xls, password, .ods, CSV, damaged zip, zip bomb); then each part streams through an inflater
 * (the platform's native one for sheets and shared strings when `opts.inflate` is given, else fflate) and a
 * SpreadsheetML scanner, with the caps (inflated bytes, cells, text length, nesting, Excel's row and column limits)
 * checked as the data arrives. Every failure comes back as its own code, never as an exception.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, fileName: string, opts: ReadWorkbookOptions = {}): Promise<Result<WorkbookGrids, XlsxError>> {
  await Promise.resolve();
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = { ...DEFAULT_SNIFF_LIMITS, maxBytes: opts.maxBytes ?? DEFAULT_SNIFF_LIMITS.maxBytes, maxTotalUncompressed: opts.maxInflated ?? DEFAULT_SNIFF_LIMITS.maxTotalUncompressed };
  const sniffed = sniffWorkbookBytes(b, fileName, limits);
  if (sniffed) return fail(sniffed);
  const list = readZipDirectory(b) ?? [];
  const entries: Entries = new Map(list.map((e) => [e.name.replace(/^\//, "").toLowerCase(), e]));
  const at: Where = {};
  try {
    return await readAll(b, fileName, entries, opts, at);
  } catch (e) {
    const max = opts.maxCells ?? DEFAULT_MAX_CELLS;
    if (e instanceof TooManyCells) return fail({ code: "file-too-large", fileName, limit: { kind: "cells", max } });
    if (e instanceof InflateBudgetExceeded) return fail({ code: "zip-bomb", fileName, detail: e.message });
    if (e instanceof XmlRefused) {
      const problem = { kind: e.kind, ...(e.value !== undefined ? { value: e.value } : {}), ...(at.sheet !== undefined ? { sheet: at.sheet } : at.part !== undefined ? { part: at.part } : {}), ...(e.cell ? { cell: e.cell } : {}) };
      return fail({ code: e.why === "unsafe" ? "file-unsafe" : "file-corrupt", fileName, detail: e.message, problem });
    }
    return fail({ code: "file-corrupt", fileName, detail: e instanceof Error ? e.message : String(e) });
  }
}
