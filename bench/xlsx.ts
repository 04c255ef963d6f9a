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

interface ReadRun {
  ms: number;
  peakRssMb: number;
  bytes: number;
}

/** Child task (`mode:rows`): one reader on one file, median of several reads after a warm-up, and its peak RSS. */
export async function xlsxChild(arg: string): Promise<void> {
  const [mode, rows] = arg.split(":") as [Mode, string];
  const bytes = new Uint8Array(readFileSync(await summaryFile(Number(rows))));
  await LOADERS[mode](new Uint8Array(readFileSync(await summaryFile(1_000))));
  const times: number[] = [];
  for (let i = 0; i < (Number(rows) >= 100_000 ? 3 : 5); i++) {
    gc();
    const t = now();
    await LOADERS[mode](bytes);
    times.push(now() - t);
  }
  reply({ ms: median(times), peakRssMb: maxRssMb(), bytes: bytes.length } satisfies ReadRun);
}

type XlsxRun = { rows: number; bytes: number } & Record<Mode, ReadRun>;

/** Section 3: reading .xlsx with our adapter against exceljs alone, and a streaming read. */
export async function benchXlsx(sizes: readonly number[]): Promise<XlsxRun[]> {
  for (const n of [1_000, ...sizes]) await summaryFile(n);
  const runs = sizes.map((rows): XlsxRun => {
    const [exceljs, adapter, stream] = (["exceljs", "adapter", "stream"] as const).map((m) => inChild<ReadRun>("xlsx", `${m}:${rows}`));
    return { rows, bytes: exceljs.bytes, exceljs, adapter, stream };
  });
  const rows = runs.map((r) => [
    fmt(r.rows),
    fmt(r.bytes / 1024, 0),
    fmt(r.exceljs.ms, 0),
    fmt(r.adapter.ms, 0),
    `${r.adapter.ms >= r.exceljs.ms ? "+" : ""}${fmt((r.adapter.ms / r.exceljs.ms - 1) * 100, 1)}%`,
    fmt(r.stream.ms, 0),
    `${fmt(r.stream.ms / r.exceljs.ms, 2)}×`,
    `${fmt(r.exceljs.peakRssMb, 0)} / ${fmt(r.adapter.peakRssMb, 0)} / ${fmt(r.stream.peakRssMb, 0)}`,
  ]);
  printTable(
    "3. Reading .xlsx (generated tong-hop-mo-hinh workbooks, 25 columns)",
    ["rows", "file KB", "exceljs load ms", "adapter ms", "adapter overhead", "stream ms", "stream / load", "peak RSS MB load / adapter / stream"],
    rows,
    "adapter = readWorkbook (sniff + exceljs load + Grid with formats, merges, hidden rows); exceljs load = Workbook.xlsx.load alone;\n" +
      "stream = exceljs WorkbookReader to plain values (no formats or merges): the floor of a streaming adapter.\n" +
      "Each reader in its own fresh process: median of 5 reads (3 at 100k) after a warm-up; peak RSS of that process.",
  );
  return runs;
}
