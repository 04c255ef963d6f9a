import * as tableschema from "tableschema";
import { z } from "zod";
import type { CellValue } from "../src/core/grid/grid";
import { validateSheet } from "../src/core/validation/validate";
import { summaryGrid } from "./generate";
import { fmt, gc, inChild, printTable, reply, timeMedian } from "./util";
import { CTX } from "./validation";

const GROUPS = 5;
const PARTS = ["total", "registered", "recognised", "rate"] as const;
const fieldName = (g: number, p: string) => `g${g}_${p}`;

/** The Table Schema descriptor of a generated sheet's data rows: the same constraints the peers all check. */
export function tableSchemaDescriptor(): object {
  const fields: object[] = [
    { name: "stt", type: "integer", constraints: { required: true, minimum: 1 } },
    { name: "name", type: "string", constraints: { required: true } },
    { name: "code", type: "string" },
  ];
  for (let g = 0; g < GROUPS; g++) {
    for (const p of PARTS) {
      const constraints = p === "rate" ? { required: true, minimum: 0, maximum: 100 } : { required: true, minimum: 0 };
      fields.push({ name: fieldName(g, p), type: p === "rate" ? "number" : "integer", constraints });
    }
  }
  fields.push({ name: "note", type: "string" }, { name: "compiler", type: "string" });
  return { fields };
}

const count = z.number().int().min(0);

/** The zod schema of one data row, with the same constraints and recognised ≤ registered ≤ total per group. */
export function zodRowSchema() {
  const shape: Record<string, z.ZodType> = { stt: z.number().int().min(1), name: z.string().min(1), code: z.string().nullable() };
  for (let g = 0; g < GROUPS; g++) {
    shape[fieldName(g, "total")] = count;
    shape[fieldName(g, "registered")] = count;
    shape[fieldName(g, "recognised")] = count;
    shape[fieldName(g, "rate")] = z.number().min(0).max(100);
  }
  shape.note = z.string().nullable();
  shape.compiler = z.string().nullable();
  return z.object(shape).superRefine((row, ctx) => {
    const r = row as Record<string, number>;
    for (let g = 0; g < GROUPS; g++) {
      if (r[fieldName(g, "recognised")] > r[fieldName(g, "registered")]) ctx.addIssue({ code: "custom", message: "recognised > registered", path: [fieldName(g, "recognised")] });
      if (r[fieldName(g, "registered")] > r[fieldName(g, "total")]) ctx.addIssue({ code: "custom", message: "registered > total", path: [fieldName(g, "registered")] });
    }
  });
}

/** recognised ≤ registered ≤ total for every group of a cast row, by hand, as a tableschema user would. */
function groupsHold(cast: readonly unknown[]): boolean {
  let ok = true;
  for (let g = 0; g < GROUPS; g++) {
    const at = 3 + g * 4;
    const [total, reg, rec] = [cast[at], cast[at + 1], cast[at + 2]] as number[];
    if (rec > reg || reg > total) ok = false;
  }
  return ok;
}

/** Checks rows with tableschema: `schema.castRow` (types + constraints) then the group rule; returns the faulty rows. */
export function checkWithTableschema(schema: tableschema.Schema, rows: readonly unknown[][]): number {
  let bad = 0;
  for (const row of rows) {
    try {
      if (!groupsHold(schema.castRow(row))) bad += 1;
    } catch {
      bad += 1;
    }
  }
  return bad;
}

/** Checks row objects with one zod schema's `safeParse` each; returns the faulty rows. */
export function checkWithZod(schema: ReturnType<typeof zodRowSchema>, rows: readonly Record<string, CellValue>[]): number {
  let bad = 0;
  for (const row of rows) if (!schema.safeParse(row).success) bad += 1;
  return bad;
}

interface PeerRun {
  rows: number;
  ours: number;
  tableschema: number;
  zod: number;
  flagged: { ours: number; oursIssues: number; tableschema: number; zod: number };
}

/** Child task: the three validators on the same generated rows, interleaved, median of several runs each. */
export async function peersChild(n: number): Promise<void> {
  const grid = summaryGrid(n, 1);
  const data = grid.values.slice(4);
  const names = (tableSchemaDescriptor() as { fields: { name: string }[] }).fields.map((f) => f.name);
  const asArrays = data.map((r) => r.map((v) => (v === null ? "" : v)));
  const asObjects = data.map((r) => Object.fromEntries(names.map((k, i) => [k, r[i] ?? null])) as Record<string, CellValue>);
  const schema = await tableschema.Schema.load(tableSchemaDescriptor());
  const zodSchema = zodRowSchema();
  for (let i = 0; i < 3; i++) {
    validateSheet(summaryGrid(1_000, 7), CTX);
    checkWithTableschema(schema, asArrays.slice(0, 1_000));
    checkWithZod(zodSchema, asObjects.slice(0, 1_000));
  }
  const report = validateSheet(grid, CTX);
  const flagged = {
    ours: new Set(report.issues.filter((x) => x.severity !== "info").map((x) => x.where.row)).size,
    oursIssues: report.issues.length,
    tableschema: checkWithTableschema(schema, asArrays),
    zod: checkWithZod(zodSchema, asObjects),
  };
  const reps = n >= 100_000 ? 3 : 5;
  const times = { ours: [] as number[], tableschema: [] as number[], zod: [] as number[] };
  for (let i = 0; i < reps; i++) {
    times.ours.push(await timeMedian(1, () => validateSheet(grid, CTX)));
    times.tableschema.push(await timeMedian(1, () => checkWithTableschema(schema, asArrays)));
    times.zod.push(await timeMedian(1, () => checkWithZod(zodSchema, asObjects)));
  }
  gc();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  reply({ rows: n, ours: med(times.ours), tableschema: med(times.tableschema), zod: med(times.zod), flagged } satisfies PeerRun);
}

/** Section 2: our engine against tableschema and zod-per-row on the same rows and constraints. */
export function benchPeers(sizes: readonly number[]): PeerRun[] {
  const runs = sizes.map((n) => inChild<PeerRun>("peers", n));
  const rows = runs.flatMap((r) => [
    [`${fmt(r.rows)} rows: XHHT validateSheet`, fmt(r.ours, 1), "1.0×", `${fmt(r.flagged.ours)} rows, ${fmt(r.flagged.oursIssues)} issues with cell, rule, fix`],
    [`${fmt(r.rows)} rows: tableschema castRow`, fmt(r.tableschema, 1), `${fmt(r.tableschema / r.ours, 1)}×`, `${fmt(r.flagged.tableschema)} rows (first error per row, no address)`],
    [`${fmt(r.rows)} rows: zod safeParse per row`, fmt(r.zod, 1), `${fmt(r.zod / r.ours, 1)}×`, `${fmt(r.flagged.zod)} rows (issue paths, no address)`],
  ]);
  printTable(
    "2. Same rows, same constraints: XHHT vs tableschema 1.12.6 vs zod 4 per row",
    ["validator", "median ms", "peer time / ours", "reports"],
    rows,
    "Constraints for all: integer counts ≥ 0 and required, rate 0–100, STT ≥ 1, name required, recognised ≤ registered ≤ total per group.\n" +
      "Peers get the data rows already in memory (arrays for tableschema, objects for zod; building them is not timed); ours runs end to end\n" +
      "on the Grid and also checks rates, totals, duplicates, numbering and administrative units. Runs interleaved, median of 5 (3 at 100k).\n" +
      "zod runs with its JIT (the add-in itself runs zod jitless under its CSP), i.e. the peer at its fastest.",
  );
  return runs;
}
