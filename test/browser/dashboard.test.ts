// The built dashboard in Debian's Chromium, offline: the bundled samples load and are checked on first start, then
// three sample workbooks are opened through the file input; the roll-up's total line, the error counts and the
// exported workbook are compared with what the Node adapter and app/consolidate compute from the same files.
// The page must stay responsive while it checks (no long task over 200 ms) and never talk to anything but localhost.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { checkWorkbook, type FileCheck } from "../../src/app/check-files";
import { consolidate } from "../../src/app/consolidate";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { RollupResult } from "../../src/core/aggregation";
import type { CellValue } from "../../src/core/grid/grid";
import { offlineContext, ROOT, watchedPage, distAndBrowserForFile } from "./browser";

const SAMPLES = join(ROOT, "test", "fixtures", "samples");
const FIELDS = ["total", "registered", "recognised"] as const;

const env = distAndBrowserForFile();

function today() {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Checks a workbook in Node exactly as the page's worker does. */
async function checkInNode(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const read = await readWorkbook(bytes, name);
  if (!read.ok) return { path: name, ok: false, error: { code: read.error.code, message: read.error.code }, summaries: [] };
  return checkWorkbook(name, read.value, { today: today() });
}

const init = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

/** The page's total line: per group, the raw numbers the cells carry. */
async function pageTotals(page: Page): Promise<Record<string, Record<string, number | null>>> {
  return page.getByTestId("rollup-total").evaluate((row) => {
    const out: Record<string, Record<string, number | null>> = {};
    for (const cell of row.querySelectorAll<HTMLElement>("[data-group][data-field]")) {
      const g = (out[cell.dataset.group as string] ??= {});
      g[cell.dataset.field as string] = cell.dataset.value === "" ? null : Number(cell.dataset.value);
    }
    return out;
  });
}

const expectedTotals = (r: RollupResult, groups: readonly string[]) =>
  Object.fromEntries(groups.map((g) => [g, Object.fromEntries([...FIELDS, "rate" as const].map((f) => [f, r.total.groups[g]?.[f] ?? null]))]));

async function waitForChecks(page: Page, names: readonly string[]) {
  await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 60_000 });
  for (const n of names) await page.locator(`[data-file="${n}"]`).waitFor({ timeout: 60_000 });
  await page.getByTestId("rollup-total").waitFor({ timeout: 60_000 });
}

async function errorCount(page: Page, name: string): Promise<string> {
  return (await page.locator(`[data-file="${name}"] [data-field="errors"]`).textContent()) ?? "";
}

describe("dashboard.html with real workbooks", () => {
  it("checks the samples and three opened files, rolls them up, exports, and stays responsive and offline", async () => {
    const { context, blocked } = await offlineContext(env.browser);
    await context.addInitScript(init);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    expect(await page.title()).toBe("XHHT — Bảng điều khiển tổng hợp báo cáo xã hội học tập");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    // First start: the bundled samples, said to be samples, each with the error count Node finds.
    const index = (await (await fetch(`${env.server.url}samples/index.json`)).json()) as string[] | { files: (string | { name: string })[] };
    const sampleNames = (Array.isArray(index) ? index : index.files).map((f) => (typeof f === "string" ? f : f.name));
    expect(sampleNames.length).toBeGreaterThan(0);
    await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
    await waitForChecks(page, sampleNames);
    for (const name of sampleNames) {
      const bytes = new Uint8Array(await (await fetch(`${env.server.url}samples/${encodeURIComponent(name)}`)).arrayBuffer());
      const c = await checkInNode(name, bytes);
      expect([name, await errorCount(page, name)]).toEqual([name, c.ok ? String(c.report?.counts.error ?? 0) : ""]);
    }

    // Three summary workbooks from the fixtures, opened through the file input.
    const candidates = readdirSync(SAMPLES).filter((f) => f.endsWith(".xlsx")).sort();
    const checked = await Promise.all(candidates.map(async (f) => checkInNode(f, new Uint8Array(readFileSync(join(SAMPLES, f))))));
    const chosen = [...checked.filter((c) => c.summaries.length > 0), ...checked.filter((c) => c.summaries.length === 0)].slice(0, 3);
    expect(chosen.length).toBe(3);
    const names = chosen.map((c) => c.path);
    const expected = consolidate(chosen);

    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId("file-input").setInputFiles(names.map((n) => join(SAMPLES, n)));
    await page.getByTestId("samples-notice").waitFor({ state: "detached", timeout: 60_000 });
    await waitForChecks(page, names);
    const t1 = await page.evaluate(() => performance.now());

    expect(await page.locator("[data-file]").count()).toBe(3);
    for (const c of chosen) expect([c.path, await errorCount(page, c.path)]).toEqual([c.path, c.ok ? String(c.report?.counts.error ?? 0) : ""]);

    // The total line is the sum over the three files, as app/consolidate computes it in Node.
    const shown = await pageTotals(page);
    const groups = Object.keys(shown);
    expect(groups.length).toBeGreaterThan(0);
    const want = expectedTotals(expected, groups);
    for (const g of groups) {
      for (const f of FIELDS) expect([g, f, shown[g][f]]).toEqual([g, f, want[g][f]]);
      if (want[g].rate === null) expect(shown[g].rate).toBeNull();
      else expect(shown[g].rate).toBeCloseTo(want[g].rate as number, 6);
    }

    // Export, read the download back with the xlsx adapter, and compare its totals row with the page.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "Xuất sổ tổng hợp (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tong-hop-xhht.*\.xlsx$/);
    const exported = await readWorkbook(new Uint8Array(readFileSync(await download.path())), download.suggestedFilename());
    if (!exported.ok) throw new Error(`the exported workbook does not read: ${exported.error.code}`);
    const sheet = exported.value.sheets.find((s) => s.sheetName === "Tổng hợp");
    expect(sheet).toBeDefined();
    const rows = sheet!.values.map((r) => [...new Array<CellValue>(sheet!.origin.col).fill(null), ...r]);
    const totalsRow = rows.find((r) => r[1] === "Tổng cộng");
    expect(totalsRow).toBeDefined();
    const triplets = (cells: readonly CellValue[]) => {
      const out: string[] = [];
      for (let c = 3; c + 3 < cells.length; c += 4) if (typeof cells[c] === "number") out.push(JSON.stringify(cells.slice(c, c + 3)));
      return out.sort();
    };
    const pageTriplets = groups.filter((g) => (shown[g].total ?? 0) > 0).map((g) => JSON.stringify(FIELDS.map((f) => shown[g][f]))).sort();
    expect(triplets(totalsRow!)).toEqual(pageTriplets);

    // Per-file issue list export.
    const [issues] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: `Xuất danh sách lỗi: ${names[0]}` }).click()]);
    expect(issues.suggestedFilename()).toMatch(/^danh-sach-loi-.*\.xlsx$/);

    // Responsive while checking: no long task over 200 ms between opening the files and the roll-up on screen.
    const long = await page.evaluate(([a, b]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= a && t.start <= b), [t0, t1]);
    expect(long.filter((t) => t.duration > 200)).toEqual([]);

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 180_000);
});
