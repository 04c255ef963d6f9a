import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/grid/grid";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { makeSummaryWorkbook } from "../scripts/fixtures";
import { fmt, gc, inChild, maxRssMb, median, now, OUT_DIR, printTable, reply } from "./util";

/** The cached generated workbook of `rows` rows (built once with the fixtures' makeSummaryWorkbook). */
export async function summaryFile(rows: number): Promise<string> {
  const dir = join(OUT_DIR, "xlsx");
  const file = join(dir, `summary-${rows}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, await makeSummaryWorkbook({ rows, seed: 1 }));
  }
  return file;
}

type Mode = "exceljs" | "adapter" | "stream";

/** exceljs' own in-memory load, nothing else. */
async function loadExceljs(bytes: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets[0].rowCount;
}

/** Our adapter: sniffing, exceljs load and conversion to a Grid. */
async function loadAdapter(bytes: Uint8Array): Promise<number> {
  const r = await readWorkbook(bytes, "summary.xlsx");
  if (!r.ok) throw new Error(r.error.code);
  return r.value.sheets[0].values.length;
}

/** A streaming read with exceljs' WorkbookReader into plain value rows: the lower bound of a streaming adapter. */
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

const LOADERS: Record<Mode, (bytes: Uint8Array) => Promise<number>> = { exceljs: loadExceljs, adapter: loadAdapter, stream: loadStream };

interface TimeRun {
  rows: number;
  bytes: number;
  exceljs: number;
  adapter: number;
  stream: number;
}

/** Child task: the three reads of the same file, interleaved, median of several runs each. */
export async function xlsxTimeChild(rows: number): Promise<void> {
  const bytes = new Uint8Array(readFileSync(await summaryFile(rows)));
  const small = new Uint8Array(readFileSync(await summaryFile(1_000)));
  for (const m of Object.values(LOADERS)) await m(small);
  const reps = rows >= 100_000 ? 3 : 5;
  const times: Record<Mode, number[]> = { exceljs: [], adapter: [], stream: [] };
  for (let i = 0; i < reps; i++) {
    for (const mode of ["exceljs", "adapter", "stream"] as const) {
      gc();
      const t = now();
      await LOADERS[mode](bytes);
      times[mode].push(now() - t);
    }
  }
  reply({ rows, bytes: bytes.length, exceljs: median(times.exceljs), adapter: median(times.adapter), stream: median(times.stream) } satisfies TimeRun);
}

/** Child task (`mode:rows`): one read, reporting the process' peak RSS. */
export async function xlsxMemChild(arg: string): Promise<void> {
  const [mode, rows] = arg.split(":");
  const bytes = new Uint8Array(readFileSync(await summaryFile(Number(rows))));
  gc();
  await LOADERS[mode as Mode](bytes);
  reply({ peakRssMb: maxRssMb() });
}

/** Section 3: reading .xlsx with our adapter against exceljs alone, and a streaming read. */
export async function benchXlsx(sizes: readonly number[]): Promise<TimeRun[]> {
  for (const n of [1_000, ...sizes]) await summaryFile(n);
  const runs = sizes.map((n) => inChild<TimeRun>("xlsx-time", n));
  const mem = (mode: Mode, n: number) => inChild<{ peakRssMb: number }>("xlsx-mem", `${mode}:${n}`).peakRssMb;
  const rows = runs.map((r) => [
    fmt(r.rows),
    fmt(r.bytes / 1024, 0),
    fmt(r.exceljs, 0),
    fmt(r.adapter, 0),
    `${fmt((r.adapter / r.exceljs - 1) * 100, 1)}%`,
    fmt(r.stream, 0),
    `${fmt(r.stream / r.exceljs, 2)}×`,
    `${fmt(mem("exceljs", r.rows), 0)} / ${fmt(mem("adapter", r.rows), 0)} / ${fmt(mem("stream", r.rows), 0)}`,
  ]);
  printTable(
    "3. Reading .xlsx (generated tong-hop-mo-hinh workbooks, 25 columns)",
    ["rows", "file KB", "exceljs load ms", "adapter ms", "adapter overhead", "stream ms", "stream / load", "peak RSS MB load / adapter / stream"],
    rows,
    "adapter = readWorkbook (sniff + exceljs load + Grid with formats, merges, hidden rows); exceljs load = Workbook.xlsx.load alone;\n" +
      "stream = exceljs WorkbookReader to plain values (no formats or merges): the floor of a streaming adapter.\n" +
      "Interleaved, median of 5 (3 at 100k); peak RSS from one read per fresh process.",
  );
  return runs;
}
