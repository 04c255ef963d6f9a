import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { CellValue } from "../src/core/grid/grid";
import { nodeInflate } from "../src/adapters/xlsx/node-file";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { bigWorkbook } from "./big-workbook";
import { fmt, gc, inChild, maxRssMb, median, now, printTable, reply } from "./util";

type Mode = "ours" | "oursFflate" | "floor" | "sheetjs" | "exceljs" | "stream";
const MODES: readonly Mode[] = ["ours", "oursFflate", "floor", "sheetjs", "exceljs", "stream"];
/** Peers that would take minutes and many GB at 1M rows on this machine are not run there. */
const PEER_MAX_ROWS = 100_000;

/**
 * The streaming reader: sniffing, inflating, scanning, shared strings, formats, merges, hidden rows, a Grid. The
 * product's limits (50 MB, 20 million cells, 500 MB inflated) are raised so the 1M-row files can be measured. As the
 * CLI reads (Node's zlib for the large parts), and with fflate alone (the fallback where a platform has no inflater).
 */
async function readOurs(bytes: Uint8Array, native: boolean): Promise<number> {
  const r = await readWorkbook(bytes, "summary.xlsx", { maxBytes: 2 ** 30, maxCells: 100_000_000, maxInflated: 4 * 2 ** 30, ...(native ? { inflate: nodeInflate } : {}) });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.sheets[0].values.length;
}
const loadOurs = (bytes: Uint8Array) => readOurs(bytes, true);
const loadOursFflate = (bytes: Uint8Array) => readOurs(bytes, false);

/** The floor: fflate unzips the sheet and one byte scan counts `<c ` (no values, no strings, no Grid). */
async function loadFloor(bytes: Uint8Array): Promise<number> {
  const sheet = unzipSync(bytes, { filter: (f) => f.name === "xl/worksheets/sheet1.xml" })["xl/worksheets/sheet1.xml"];
  let cells = 0;
  for (let i = sheet.indexOf(60); i >= 0; i = sheet.indexOf(60, i + 1)) if (sheet[i + 1] === 99 && sheet[i + 2] === 32) cells++;
  return Promise.resolve(cells);
}

/** SheetJS (`@e965/xlsx`), the peer a JavaScript user would pick: `read` into a dense sheet. */
async function loadSheetJs(bytes: Uint8Array): Promise<number> {
  const wb = XLSX.read(bytes, { type: "array", dense: true });
  return Promise.resolve(XLSX.utils.decode_range(wb.Sheets[wb.SheetNames[0]]["!ref"] ?? "A1").e.r);
}

/** exceljs' in-memory load, what the product used before (without our Grid conversion). */
async function loadExceljs(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets[0].rowCount;
}

/** exceljs' streaming WorkbookReader into plain value rows (no formats or merges). */
async function loadStream(bytes: Uint8Array): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { sharedStrings: "cache", styles: "ignore", hyperlinks: "ignore", worksheets: "emit" });
  const values: CellValue[][] = [];
  for await (const ws of reader) {
    for await (const row of ws) {
      const cells = (row.values as unknown[]).slice(1);
      values.push(cells.map((v) => (typeof v === "number" || typeof v === "string" ? v : null)));
    }
  }
  return values.length;
}

const LOADERS: Record<Mode, (bytes: Uint8Array) => Promise<number>> = { ours: loadOurs, oursFflate: loadOursFflate, floor: loadFloor, sheetjs: loadSheetJs, exceljs: loadExceljs, stream: loadStream };

interface ReadRun {
  ms: number;
  runs: number[];
  peakRssMb: number;
}

/**
 * Child task `mode:rows:cols`: one reader alone in a fresh process: one read of the 1k file (JIT), then 3 reads of
 * the file (1 at 1M rows), a full GC before each; the median time and the process' peak RSS.
 */
export async function xlsxChild(arg: string): Promise<void> {
  const [mode, rowsText, colsText] = arg.split(":") as [Mode, string, string];
  const rows = Number(rowsText);
  const cols = Number(colsText) as 11 | 25;
  const load = LOADERS[mode];
  await load(new Uint8Array(readFileSync(bigWorkbook(1_000, cols))));
  const runs: number[] = [];
  for (let i = 0; i < (rows >= 1_000_000 ? 1 : 3); i++) {
    gc();
    const bytes = new Uint8Array(readFileSync(bigWorkbook(rows, cols)));
    const t = now();
    await load(bytes);
    runs.push(now() - t);
  }
  reply({ ms: median(runs), runs, peakRssMb: maxRssMb() } satisfies ReadRun);
}

/** Kept for the runner's table of child tasks; the section now times each reader alone (see xlsxChild). */
export async function xlsxTimeChild(arg: string): Promise<void> {
  await xlsxChild(arg);
}

type XlsxRun = { rows: number; cols: number; bytes: number } & Partial<Record<Mode, ReadRun>>;

/** Section 3: reading .xlsx — ours against the floor, SheetJS, exceljs load and exceljs streaming, side by side. */
export function benchXlsx(sizes: readonly number[], colsList: readonly (11 | 25)[] = [11, 25]): XlsxRun[] {
  const runs: XlsxRun[] = [];
  for (const cols of colsList) {
    for (const rows of sizes) {
      const bytes = readFileSync(bigWorkbook(rows, cols)).length;
      const run: XlsxRun = { rows, cols, bytes };
      for (const m of MODES) if (rows <= PEER_MAX_ROWS || m === "ours" || m === "floor") run[m] = inChild<ReadRun>("xlsx", `${m}:${rows}:${cols}`);
      runs.push(run);
    }
  }
  const cell = (r: ReadRun | undefined) => (r ? `${fmt(r.ms, 0)} / ${fmt(r.peakRssMb, 0)}` : "—");
  const ratio = (a: ReadRun | undefined, b: ReadRun | undefined) => (a && b ? `${fmt(b.ms / a.ms, 1)}×` : "—");
  printTable(
    "3. Reading .xlsx (generated tong-hop-mo-hinh workbooks): ms / peak RSS MB",
    ["rows × cols", "file KB", "ours", "ours, fflate only", "floor (unzip + scan)", "SheetJS", "exceljs load", "exceljs stream", "SheetJS ÷ ours", "exceljs ÷ ours"],
    runs.map((r) => [`${fmt(r.rows)} × ${r.cols}`, fmt(r.bytes / 1024, 0), cell(r.ours), cell(r.oursFflate), cell(r.floor), cell(r.sheetjs), cell(r.exceljs), cell(r.stream), ratio(r.ours, r.sheetjs), ratio(r.ours, r.exceljs)]),
    "ours = readWorkbook as the CLI calls it (sniff, Node's zlib streaming inflate, byte scanner, shared strings, styles, merges,\n" +
      "hidden rows, Grid); ours, fflate only = the same with fflate inflating (the fallback where a platform has no inflater);\n" +
      "floor = fflate unzipSync of the sheet + one byte scan for `<c `; SheetJS = @e965/xlsx read(type array, dense);\n" +
      "exceljs load = Workbook.xlsx.load; exceljs stream = WorkbookReader to plain values. Each reader alone in a fresh process:\n" +
      `one read of the 1k file, then the median of 3 reads (1 at 1M rows), a full GC before each. Peers are not run above ${fmt(PEER_MAX_ROWS)} rows.`,
  );
  return runs;
}
