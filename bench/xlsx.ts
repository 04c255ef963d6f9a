import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "../src/core/grid/grid";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { makeSummaryWorkbook } from "../scripts/fixtures";
import { fmt, gc, inChild, maxRssMb, median, now, OUT_DIR, printTable, reply, timeMedian, warmUp } from "./util";

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

interface ReadRun {
  ms: number;
  peakRssMb: number;
  bytes: number;
}

interface PairRun {
  exceljs: number;
  adapter: number;
  stream: number;
  /** adapter ÷ exceljs − 1 of each repetition, read back to back. */
  overheads: number[];
}

/**
 * Child task `time:rows`: the three readers in one process, taking turns on the same file, so drift of a shared
 * machine and a process' memory placement fall on all of them alike. Warmed up (each ≥ 3 reads and, below 100k rows,
 * ≥ 1 s), then 7 turns (3 at 100k); before each timed read a full GC (a read leaves a whole workbook model behind) and
 * one read of the 1k file (which gets back the optimised code a full GC drops).
 */
export async function xlsxTimeChild(arg: string): Promise<void> {
  const rows = Number(arg);
  const large = rows >= 100_000;
  const bytes = new Uint8Array(readFileSync(await summaryFile(rows)));
  const small = new Uint8Array(readFileSync(await summaryFile(1_000)));
  const modes: Mode[] = ["exceljs", "adapter", "stream"];
  for (const m of modes) {
    if (large) {
      await warmUp(() => LOADERS[m](small), 3);
      await LOADERS[m](bytes);
    } else await warmUp(() => LOADERS[m](bytes), 3, 1000);
  }
  const times: Record<Mode, number[]> = { exceljs: [], adapter: [], stream: [] };
  for (let i = 0; i < (large ? 3 : 7); i++) {
    for (const m of modes) {
      gc();
      await LOADERS[m](small);
      times[m].push(await timeMedian(1, () => LOADERS[m](bytes)));
    }
  }
  reply({
    exceljs: median(times.exceljs),
    adapter: median(times.adapter),
    stream: median(times.stream),
    overheads: times.exceljs.map((e, i) => times.adapter[i] / e - 1),
  } satisfies PairRun);
}

/** Child task `mode:rows`: one reader alone in a fresh process reads the file once, for its peak RSS. */
export async function xlsxChild(arg: string): Promise<void> {
  const [mode, rows] = arg.split(":") as [Mode, string];
  const bytes = new Uint8Array(readFileSync(await summaryFile(Number(rows))));
  const t = now();
  await LOADERS[mode](bytes);
  reply({ ms: now() - t, peakRssMb: maxRssMb(), bytes: bytes.length } satisfies ReadRun);
}

type XlsxRun = { rows: number; bytes: number; overheads: number[] } & Record<Mode, ReadRun>;

/** Section 3: reading .xlsx with our adapter against exceljs alone, and a streaming read. */
export async function benchXlsx(sizes: readonly number[]): Promise<XlsxRun[]> {
  for (const n of [1_000, ...sizes]) await summaryFile(n);
  const modes = ["exceljs", "adapter", "stream"] as const;
  const runs = sizes.map((rows): XlsxRun => {
    const time = inChild<PairRun>("xlsx-time", rows);
    const mem = Object.fromEntries(modes.map((m) => [m, inChild<ReadRun>("xlsx", `${m}:${rows}`)])) as Record<Mode, ReadRun>;
    const run = (m: Mode): ReadRun => ({ ms: time[m], peakRssMb: mem[m].peakRssMb, bytes: mem[m].bytes });
    return { rows, bytes: mem.exceljs.bytes, exceljs: run("exceljs"), adapter: run("adapter"), stream: run("stream"), overheads: time.overheads };
  });
  const rows = runs.map((r) => [
    fmt(r.rows),
    fmt(r.bytes / 1024, 0),
    fmt(r.exceljs.ms, 0),
    fmt(r.adapter.ms, 0),
    `${r.adapter.ms >= r.exceljs.ms ? "+" : ""}${fmt((r.adapter.ms / r.exceljs.ms - 1) * 100, 1)}%`,
    r.overheads.map((o) => `${o >= 0 ? "+" : ""}${fmt(o * 100, 1)}%`).join(", "),
    fmt(r.stream.ms, 0),
    `${fmt(r.stream.ms / r.exceljs.ms, 2)}×`,
    `${fmt(r.exceljs.peakRssMb, 0)} / ${fmt(r.adapter.peakRssMb, 0)} / ${fmt(r.stream.peakRssMb, 0)}`,
  ]);
  printTable(
    "3. Reading .xlsx (generated tong-hop-mo-hinh workbooks, 25 columns)",
    ["rows", "file KB", "exceljs load ms", "adapter ms", "adapter overhead", "overhead per turn", "stream ms", "stream / load", "peak RSS MB load / adapter / stream"],
    rows,
    "adapter = readWorkbook (sniff + exceljs load + Grid with formats, merges, hidden rows); exceljs load = Workbook.xlsx.load alone;\n" +
      "stream = exceljs WorkbookReader to plain values (no formats or merges): the floor of a streaming adapter.\n" +
      "Times: the three readers take turns in one process (7 turns, 3 at 100k, after a warm-up), each timed read after a full GC\n" +
      "and a read of the 1k file; medians. Peak RSS: each reader alone in a fresh process reading the file once.",
  );
  return runs;
}
