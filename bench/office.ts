import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { checkActiveSheet, marksForReport } from "../src/app/check-sheets";
import type { CellMark } from "../src/core/ports/workbook-port";
import { validateSheet } from "../src/core/validation/validate";
import { createFakeExcel, type FakeExcel, type RawValue } from "../test/excel-fake";
import { summaryGrid } from "./generate";
import { fmt, inChild, now, printTable, reply } from "./util";
import { CTX } from "./validation";

const SHEET = "Tổng hợp";
const FIVE_MB = 5 * 2 ** 20;

/** A fake Excel holding a generated tong-hop-mo-hinh sheet of `rows` rows, and an adapter over it. */
function fakeWorkbook(rows: number) {
  const grid = summaryGrid(rows, 1);
  const fx = createFakeExcel();
  const s = fx.model.addSheet(SHEET);
  s.setRows(0, 0, grid.values.map((r) => r.map((v) => (v === null ? "" : v)) as RawValue[]));
  s.merges.push(...(grid.merges ?? []));
  return { fx, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

interface Phase {
  phase: string;
  marks: number;
  syncs: number;
  maxRequest: number;
  meanRequest: number;
  maxResponse: number;
  ms: number;
}

/** Runs one phase against the fake with fresh counters and collects them. */
async function phase(fx: FakeExcel, name: string, marks: number, fn: () => Promise<unknown>): Promise<Phase> {
  fx.stats.reset();
  const t = now();
  await fn();
  const ms = now() - t;
  const req = fx.stats.requests;
  return { phase: name, marks, syncs: fx.stats.syncs, maxRequest: fx.stats.maxRequest, meanRequest: req.reduce((a, b) => a + b, 0) / Math.max(1, req.length), maxResponse: fx.stats.maxResponse, ms };
}

/** Child task: reading, marking (as checked, and one mark on every row) and a whole check of `rows` rows. */
export async function officeChild(rows: number): Promise<void> {
  const out: Phase[] = [];
  const a = fakeWorkbook(rows);
  let marks: CellMark[] = [];
  out.push(
    await phase(a.fx, "read sheet", 0, async () => {
      marks = marksForReport([validateSheet(await a.port.readSheet(SHEET), CTX)]);
    }),
  );
  out.push(await phase(a.fx, "mark issues", marks.length, () => a.port.applyMarks(marks, [SHEET])));
  const everyRow: CellMark[] = Array.from({ length: rows }, (_, i) => ({ sheet: SHEET, address: `F${i + 5}`, severity: i % 2 ? "warning" : "error" }));
  const b = fakeWorkbook(rows);
  out.push(await phase(b.fx, "mark 1 cell per row", everyRow.length, () => b.port.applyMarks(everyRow, [SHEET])));
  const c = fakeWorkbook(rows);
  out.push(await phase(c.fx, "checkActiveSheet", marks.length, () => checkActiveSheet(c.port, validateSheet, CTX)));
  reply(out);
}

/** Section 4: the Office adapter against the Excel fake: syncs and request sizes per size. */
export function benchOffice(sizes: readonly number[]): Phase[][] {
  const runs = sizes.map((n) => inChild<Phase[]>("office", n));
  const rows = runs.flatMap((phases, i) =>
    phases.map((p) => [
      `${fmt(sizes[i])} rows: ${p.phase}`,
      fmt(p.marks),
      fmt(p.syncs),
      fmt(p.maxRequest / 1024, 1),
      fmt(p.meanRequest / 1024, 1),
      fmt(p.maxResponse / 1024, 1),
      p.maxRequest < FIVE_MB && p.maxResponse < FIVE_MB ? "yes" : "NO",
      fmt(p.ms, 0),
    ]),
  );
  printTable(
    "4. Office adapter on the Excel fake (25 columns; one request per sync)",
    ["rows: phase", "marks", "syncs", "max request KB", "mean request KB", "max response KB", "< 5 MB", "ms (fake)"],
    rows,
    "Request/response sizes are the fake's JSON estimate of each batch. checkActiveSheet = read + validate + mark + journal, end to end.\n" +
      "ms is time against the in-memory fake (no Excel round trips), shown only to compare sizes.",
  );
  return runs;
}
