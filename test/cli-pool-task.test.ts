/**
 * The CLI's unit of work (check-task.ts), run in-process: `xhht check` asks for the report only, `rollup`, `status`
 * and `trend` for the summary numbers too; the report is the same either way. And the pool: the main thread from the
 * front, worker threads (the built dist/cli/check-task.js) from the back, results in input order.
 */
import { join } from "node:path";
import type { ValidationContext } from "../src/core/validation/context";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import checkTask from "../src/entries/cli/check-task";
import { checkFilesPooled } from "../src/entries/cli/pool";

const golden = (f: string) => join(__dirname, "fixtures", "golden", f);
const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };

describe("checkTask", () => {
  it("reads the summary numbers by default and leaves them out when only the report is wanted", async () => {
    const path = golden("thm-clean-commune-2024.xlsx");
    const full = await checkTask({ path, lang: "vi", ctx });
    const reportOnly = await checkTask({ path, lang: "vi", ctx, summaries: false });
    expect(full.ok && reportOnly.ok).toBe(true);
    expect(full.summaries.length).toBe(1);
    expect(full.summaries[0].rows.length).toBeGreaterThan(0);
    expect(reportOnly.summaries).toEqual([]);
    expect(reportOnly.titleUnit).toBeUndefined();
    expect(reportOnly.report).toEqual(full.report);
    expect(reportOnly.receipt).toEqual(full.receipt);
  });

  it("still refuses an unreadable file with its Vietnamese message when only the report is wanted", async () => {
    const r = await checkTask({ path: join(__dirname, "fixtures", "bad", "does-not-exist.xlsx"), lang: "vi", ctx, summaries: false });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toMatch(/Không kiểm tra được tệp/);
  });
});

describe("checkFilesPooled", () => {
  const files = ["thm-clean-commune-2024.xlsx", "cdht-broken.xlsx", "two-sheets.xlsx", "gdht-clean.xlsx", "thm-totals-wrong.xlsx", "dvht-tt22.xlsx", "cdht-clean.xlsx"].map(golden);
  const worker = join(__dirname, "..", "dist", "cli", "check-task.js");

  it("gives the same checks, in input order, with worker threads started at once as on the main thread alone", async () => {
    if (!existsSync(worker)) throw new Error("dist/cli/check-task.js is missing: run `npm run build` first (npm test does).");
    const tsx = join(__dirname, "..", "node_modules", ".bin", "tsx");
    const r = spawnSync(tsx, [join(__dirname, "support", "pool-run.ts"), ...files], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    const pooled = JSON.parse(r.stdout) as { order: number[]; checks: unknown[] };
    const alone = await checkFilesPooled(files, { lang: "vi", ctx }, () => undefined, undefined, { worker: join(__dirname, "no-such-worker.js") });
    expect(pooled.order).toEqual(files.map((_, i) => i));
    expect(pooled.checks).toEqual(JSON.parse(JSON.stringify(alone)));
  });

  it("starts no worker for a job the main thread finishes first, and still answers for every file", async () => {
    const checks = await checkFilesPooled(files.slice(0, 2), { lang: "en", ctx, summaries: false }, () => undefined, undefined, { worker, workersAfterMs: 60_000 });
    expect(checks.map((c) => c.ok)).toEqual([true, true]);
    expect(checks.every((c) => c.summaries.length === 0)).toBe(true);
  });
});
