/**
 * The built CLI (dist/cli/xhht.js, with its worker module dist/cli/check-task.js) on many files: worker threads,
 * results in input order, and every hostile workbook refused with exit 2 and its Vietnamese message.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonReportSchema } from "../src/app/json-report";
import { HOSTILE } from "./support/hostile-workbooks";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root, timeout: 60_000 });
const golden = (f: string) => join(root, "test", "fixtures", "golden", f);

let dir = "";
beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
  if (!existsSync(join(root, "dist", "cli", "check-task.js"))) throw new Error("dist/cli/check-task.js (the worker module) was not emitted by the build.");
  dir = mkdtempSync(join(tmpdir(), "xhht-pool-"));
  for (const c of HOSTILE) writeFileSync(join(dir, c.file), c.bytes());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("xhht check on many files (worker threads)", () => {
  it("prints the reports in input order, whatever order the workers finish in", () => {
    const files = ["thm-clean-commune-2024.xlsx", "cdht-broken.xlsx", "two-sheets.xlsx", "gdht-clean.xlsx", "thm-totals-wrong.xlsx", "dvht-tt22.xlsx"];
    const r = run("check", ...files.map(golden));
    expect(r.status).toBe(1);
    const order = files.map((f) => r.stdout.indexOf(f));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const json = jsonReportSchema.parse(JSON.parse(run("check", "--json", ...files.map(golden)).stdout));
    expect(json.files.map((f) => f.path)).toEqual(files.map(golden));
  });

  it("gives the same JSON report through the pool as for each file alone", () => {
    const files = ["cdht-broken.xlsx", "thm-totals-wrong.xlsx"].map(golden);
    const together = JSON.parse(run("check", "--json", "--year", "2025", ...files).stdout) as { files: unknown[] };
    const alone = files.map((f) => (JSON.parse(run("check", "--json", "--year", "2025", f).stdout) as { files: unknown[] }).files[0]);
    expect(together.files).toEqual(alone);
  });

  it("refuses every hostile workbook with exit 2 and its Vietnamese reason, and still checks the good file", () => {
    const r = run("check", "--json", ...HOSTILE.map((c) => join(dir, c.file)), golden("thm-clean-commune-2024.xlsx"));
    expect(r.status).toBe(2);
    const doc = jsonReportSchema.parse(JSON.parse(r.stdout));
    HOSTILE.forEach((c, i) => {
      expect(doc.files[i].ok).toBe(false);
      expect(doc.files[i].error?.code).toBe(c.code);
      expect(doc.files[i].error?.message).toMatch(c.vi);
    });
    expect(doc.files[HOSTILE.length].ok).toBe(true);
  });

  it("exits 2 on the 99,999,999-row sheet alone, naming the row and Excel's limit (the time and memory it takes are measured by the bench)", () => {
    const r = run("check", join(dir, "row-99999999.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/dòng số 99\.999\.999, vượt quá giới hạn 1\.048\.576 dòng của Excel/);
  });

  it("rolls up many files through the pool", () => {
    const out = join(dir, "tong-hop.xlsx");
    const r = run("rollup", golden("thm-clean-commune-2024.xlsx"), golden("thm-clean-province-2024-districts.xlsx"), "-o", out);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
