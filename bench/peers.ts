import * as tableschema from "tableschema";
import { z } from "zod";
import type { CellValue } from "../src/core/grid/grid";
import { validateSheet } from "../src/core/validation/validate";
import { summaryGrid } from "./generate";
import { fmt, gc, inChild, printTable, reply, timeMedian, warmUp } from "./util";
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
  /** The fastest round of each (the least disturbed by other work on a shared host). */
  best: { ours: number; tableschema: number; zod: number };
  /** The three figures of each round, in the order measured (ours, tableschema, zod), for the spread. */
  rounds: { ours: number; tableschema: number; zod: number }[];
  flagged: { ours: number; oursIssues: number; tableschema: number; zod: number };
}

type Validator = "ours" | "tableschema" | "zod";
const VALIDATORS: readonly Validator[] = ["ours", "tableschema", "zod"];

interface ValidatorRun {
  ms: number;
  flagged: number;
  issues: number;
}

/**
 * Child task (`peers "<validator> <rows>"`): one validator alone in a fresh process on the generated rows — the same
 * warm-up for every validator (on these rows, ≥ 8 runs and ≥ 1 s; 2 runs at 100k), then the median of 9 timed runs
 * (5 at 100k), a minor GC before each. Alone, so no validator pays for another's garbage or JIT state.
 */
export async function peersChild(arg: string): Promise<void> {
  const [which, size] = arg.split(" ") as [Validator, string];
  const n = Number(size);
  const grid = summaryGrid(n, 1);
  const data = grid.values.slice(4);
  let run: () => unknown;
  // How many rows each flags, counted once outside the timed runs (the peers count them as they check).
  let flagged: () => number;
  let issues = 0;
  if (which === "ours") {
    run = () => validateSheet(grid, CTX);
    flagged = () => {
      const report = validateSheet(grid, CTX);
      issues = report.issues.length;
      return new Set(report.issues.filter((x) => x.severity !== "info").map((x) => x.where.row)).size;
    };
  } else if (which === "tableschema") {
    const asArrays = data.map((r) => r.map((v) => (v === null ? "" : v)));
    const schema = await tableschema.Schema.load(tableSchemaDescriptor());
    run = () => checkWithTableschema(schema, asArrays);
    flagged = () => checkWithTableschema(schema, asArrays);
  } else {
    const names = (tableSchemaDescriptor() as { fields: { name: string }[] }).fields.map((f) => f.name);
    const asObjects = data.map((r) => Object.fromEntries(names.map((k, i) => [k, r[i] ?? null])) as Record<string, CellValue>);
    const zodSchema = zodRowSchema();
    run = () => checkWithZod(zodSchema, asObjects);
    flagged = () => checkWithZod(zodSchema, asObjects);
  }
  gc();
  await warmUp(run, n >= 100_000 ? 2 : 8, 1000);
  const rowsFlagged = flagged();
  const ms = await timeMedian(n >= 100_000 ? 5 : 9, run);
  reply({ ms, flagged: rowsFlagged, issues } satisfies ValidatorRun);
}

/** Section 2: our engine against tableschema and zod-per-row on the same rows and constraints. */
export function benchPeers(sizes: readonly number[], rounds = 5): PeerRun[] {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const runs = sizes.map((n): PeerRun => {
    // The three alternate, each in its own process, `rounds` times: drift of a shared machine falls on all of them.
    const results: Record<Validator, ValidatorRun[]> = { ours: [], tableschema: [], zod: [] };
    for (let k = 0; k < rounds; k++) for (const v of VALIDATORS) results[v].push(inChild<ValidatorRun>("peers", `${v} ${n}`));
    const ms = (v: Validator) => med(results[v].map((r) => r.ms));
    const best = (v: Validator) => Math.min(...results[v].map((r) => r.ms));
    return {
      rows: n,
      ours: ms("ours"),
      tableschema: ms("tableschema"),
      zod: ms("zod"),
      best: { ours: best("ours"), tableschema: best("tableschema"), zod: best("zod") },
      rounds: results.ours.map((_, k) => ({ ours: results.ours[k].ms, tableschema: results.tableschema[k].ms, zod: results.zod[k].ms })),
      flagged: { ours: results.ours[0].flagged, oursIssues: results.ours[0].issues, tableschema: results.tableschema[0].flagged, zod: results.zod[0].flagged },
    };
  });
  const rows = runs.flatMap((r) => [
    [`${fmt(r.rows)} rows: XHHT validateSheet`, fmt(r.ours, 1), "1.0×", fmt(r.best.ours, 1), "1.0×", r.rounds.map((x) => `${fmt(x.ours, 1)} ms`).join(", "), `${fmt(r.flagged.ours)} rows, ${fmt(r.flagged.oursIssues)} issues with cell, rule, fix`],
    [`${fmt(r.rows)} rows: tableschema castRow`, fmt(r.tableschema, 1), `${fmt(r.tableschema / r.ours, 1)}×`, fmt(r.best.tableschema, 1), `${fmt(r.best.tableschema / r.best.ours, 1)}×`, r.rounds.map((x) => `${fmt(x.tableschema / x.ours, 1)}×`).join(", "), `${fmt(r.flagged.tableschema)} rows (first error per row, no address)`],
    [`${fmt(r.rows)} rows: zod safeParse per row`, fmt(r.zod, 1), `${fmt(r.zod / r.ours, 1)}×`, fmt(r.best.zod, 1), `${fmt(r.best.zod / r.best.ours, 1)}×`, r.rounds.map((x) => `${fmt(x.zod / x.ours, 1)}×`).join(", "), `${fmt(r.flagged.zod)} rows (issue paths, no address)`],
  ]);
  printTable(
    "2. Same rows, same constraints: XHHT vs tableschema 1.12.6 vs zod 4 per row",
    ["validator", "median round ms", "peer / ours", "best round ms", "peer / ours (best)", "ratio per round", "reports"],
    rows,
    "Constraints for all: integer counts ≥ 0 and required, rate 0–100, STT ≥ 1, name required, recognised ≤ registered ≤ total per group.\n" +
      "Peers get the data rows already in memory (arrays for tableschema, objects for zod; building them is not timed); ours runs end to end\n" +
      "on the Grid and also checks rates, totals, duplicates, numbering and administrative units. Each validator runs alone in a fresh\n" +
      "process, warmed up alike on these rows (≥ 8 runs, 2 at 100k, and ≥ 1 s), then timed 9 times (5 at 100k), a minor GC before each;\n" +
      "the three alternate over 5 rounds. \"Median round\" is the middle of the 5, \"best round\" the fastest (the least disturbed by other\n" +
      "work on the host: on a shared machine both are shown); \"ratio per round\" is peer ÷ ours within each round.\n" +
      "zod runs with its JIT (the add-in itself runs zod jitless under its CSP), i.e. the peer at its fastest.",
  );
  return runs;
}
