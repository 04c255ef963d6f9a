/**
 * The pane's year-over-year charts (Biểu đồ → Theo năm) over the real services and the Excel fake: a workbook holding
 * the 2024 and 2025 summary sheets gets one native chart per model on "Biểu đồ theo năm", the target as a line; one
 * year only draws nothing and says why; the province profile's targets are the ones drawn.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PRODUCT_SHEETS } from "../src/app/check-sheets";
import { TREND_CHART_SHEET } from "../src/app/trend-workbook";
import { laoCaiProfile } from "../src/core/province";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import type { FakeExcel } from "./excel-fake";
import { fakeFromXlsx } from "./support/fake-to-xlsx";

const samples = join(__dirname, "fixtures", "samples");

/** One fake workbook with the first sheet of each sample file, named as given. */
async function workbookOf(files: Readonly<Record<string, string>>): Promise<FakeExcel> {
  let fx: FakeExcel | null = null;
  for (const [name, file] of Object.entries(files)) {
    const one = await fakeFromXlsx(readFileSync(join(samples, file)), file);
    const sheet = one.model.sheets[0];
    sheet.name = name;
    if (fx === null) {
      fx = one;
      fx.model.sheets = [sheet];
    } else {
      fx.model.sheets.push(sheet);
    }
  }
  if (fx === null) throw new Error("no file");
  return fx;
}

const servicesOf = (fx: FakeExcel) => createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 11, 1, 9, 0) });

describe("the pane's year-over-year charts", () => {
  it("draws one chart per model, years as categories and the target as a line, on its own product sheet", async () => {
    const fx = await workbookOf({ "Tổng hợp 2024": "tinh-yen-bai-2024-huyen.xlsx", "Tổng hợp 2025": "xa-lam-giang-2025.xlsx" });
    const r = await servicesOf(fx).drawTrendCharts(DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.years).toEqual([2024, 2025]);
    expect(r.value.sheets).toEqual([
      { sheet: "Tổng hợp 2024", year: 2024 },
      { sheet: "Tổng hợp 2025", year: 2025 },
    ]);
    const sheet = fx.model.sheet(TREND_CHART_SHEET)!;
    expect(sheet.charts.map((c) => c.title)).toEqual(r.value.charts);
    expect(r.value.charts).toContain("Gia đình học tập: tỷ lệ công nhận theo năm");
    const family = sheet.charts.find((c) => c.name === "xhht-trend-gia-dinh")!;
    expect(family).toMatchObject({ categoryAxisTitle: "Năm", valueAxisTitle: "Tỷ lệ (%)", valueAxisMaximum: 100 });
    expect(family.seriesTypes[1]).toBe("Line");
    // The data block under the chart: the years, the province's rate, and the target of 2025 (QĐ 677: 70%).
    const block = sheet.values.slice(0, 3).map((row) => row?.slice(0, 3));
    expect(block[0]).toEqual(["Năm", "Toàn tỉnh", "Chỉ tiêu"]);
    expect(block.slice(1).map((row) => [row?.[0], row?.[2]])).toEqual([
      ["2024", 70],
      ["2025", 70],
    ]);
    expect(fx.model.sheet("Biểu đồ")).toBeUndefined();
    expect(PRODUCT_SHEETS).toContain(TREND_CHART_SHEET);

    const again = await servicesOf(fx).drawTrendCharts(DEFAULT_SETTINGS);
    expect(again.ok).toBe(true);
    expect(fx.model.sheet(TREND_CHART_SHEET)!.charts).toHaveLength(r.value.charts.length);
  });

  it("draws nothing with one year only and names the sheets it read", async () => {
    const fx = await workbookOf({ "Tổng hợp 2025": "xa-lam-giang-2025.xlsx" });
    const r = await servicesOf(fx).drawTrendCharts(DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ charts: [], years: [2025], sheets: [{ sheet: "Tổng hợp 2025", year: 2025 }] });
    expect(fx.model.sheet(TREND_CHART_SHEET)).toBeUndefined();
  });

  it("uses the targets of the province profile kept in the workbook", async () => {
    const fx = await workbookOf({ "Tổng hợp 2024": "tinh-yen-bai-2024-huyen.xlsx", "Tổng hợp 2025": "xa-lam-giang-2025.xlsx" });
    const services = servicesOf(fx);
    const base = laoCaiProfile();
    const targets = base.targets.map((t) => (t.group === "gia-dinh" && t.byYear === 2025 ? { ...t, percent: 75 } : t));
    const imported = await services.importProvinceProfile(JSON.stringify({ ...base, id: "thu", targets }));
    expect(imported.ok && imported.value.ok).toBe(true);
    const r = await services.drawTrendCharts(DEFAULT_SETTINGS);
    expect(r.ok).toBe(true);
    const sheet = fx.model.sheet(TREND_CHART_SHEET)!;
    const at = sheet.values.findIndex((row) => row?.[0] === "Năm");
    expect(sheet.values[at + 1]?.[2]).toBe(75);
  });
});
