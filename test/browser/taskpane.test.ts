// The officer's path through the task pane in Chromium, against the Excel fake: check → jump to a cell → bulk fix →
// undo → clear marks → eligibility → charts → new sheet from a template, with no console errors.
import type { Browser, Page } from "playwright-core";
import { launchChromium, offlineContext, watchedPage } from "./browser";
import { buildHarness, serveFolder } from "./taskpane-harness/build";
import { paneStatus as status } from "./taskpane-harness/status";
import { seedData } from "./taskpane-harness/workbook-rows";

type FakeWindow = {
  __xhhtFake: {
    model: {
      selection: { sheet: string; address: string } | null;
      sheets: { name: string; values: unknown[][]; charts: unknown[]; fills: Map<string, string>; formulas: Map<string, string> }[];
    };
  };
  __xhhtSeed: (d: ReturnType<typeof seedData>) => void;
  __xhhtMount: () => void;
};

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(await buildHarness());
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sheetCells = (page: Page, name: string, cells: [number, number][]) =>
  page.evaluate(
    ({ name, cells }) => {
      const s = (window as unknown as FakeWindow).__xhhtFake.model.sheets.find((x) => x.name === name)!;
      return cells.map(([r, c]) => s.values[r]?.[c] ?? "");
    },
    { name, cells },
  );
const fills = (page: Page, name: string) =>
  page.evaluate((name) => [...(window as unknown as FakeWindow).__xhhtFake.model.sheets.find((x) => x.name === name)!.fills], name);

it("walks the officer's path end to end", async () => {
  const { context, blocked } = await offlineContext(browser);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${server.url}index.html`);
  await page.evaluate((data) => {
    const w = window as unknown as FakeWindow;
    w.__xhhtSeed(data);
    w.__xhhtMount();
  }, seedData());

  // Kiểm tra
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await status(page, /Đã kiểm tra: [1-9]\d* lỗi/);
  const list = page.getByRole("table", { name: "Danh sách lỗi của lần kiểm tra" });
  await expect(list.locator('tr[data-code="number-as-text"]').count()).resolves.toBe(3);
  await expect(list.locator('tr[data-code="rate-mismatch"]').count()).resolves.toBeGreaterThan(0);
  expect((await fills(page, "Biểu 01")).length).toBeGreaterThan(1);

  // Jump to a cell
  await list.locator('tr[data-code="number-as-text"]').first().click();
  await status(page, /Đã chọn ô C7/);
  await expect(page.evaluate(() => (window as unknown as FakeWindow).__xhhtFake.model.selection)).resolves.toEqual({ sheet: "Biểu 01", address: "C7" });

  // Bulk fix with a preview, then undo
  await page.getByLabel("Sửa hàng loạt một loại lỗi").selectOption("number-as-text");
  await page.getByRole("button", { name: "Xem trước sửa hàng loạt" }).click();
  await expect(page.getByRole("table", { name: "Các ô sẽ được sửa" }).locator("tbody tr").count()).resolves.toBe(3);
  await expect(sheetCells(page, "Biểu 01", [[6, 2], [6, 3], [6, 4]])).resolves.toEqual(["120", "110", "95"]);
  await page.getByRole("button", { name: "Áp dụng 3 sửa" }).click();
  await status(page, /Đã sửa 3 ô/);
  await expect(sheetCells(page, "Biểu 01", [[6, 2], [6, 3], [6, 4]])).resolves.toEqual([120, 110, 95]);
  await page.getByRole("button", { name: "Hoàn tác lần ghi gần nhất" }).click();
  await status(page, /Đã hoàn tác/);
  await expect(sheetCells(page, "Biểu 01", [[6, 2], [6, 3], [6, 4]])).resolves.toEqual(["120", "110", "95"]);

  // Clear marks: every fill is back as it was
  await page.getByRole("button", { name: "Xoá đánh dấu" }).click();
  await status(page, /Đã khôi phục định dạng/);
  await expect(fills(page, "Biểu 01")).resolves.toEqual([["3,2", "#DDEBF7"]]);

  // Xét danh hiệu
  await page.getByRole("tab", { name: "Xét danh hiệu" }).click();
  await page.getByLabel("Trang tính").selectOption("Công dân");
  await page.getByRole("button", { name: "Điền cột kết quả xét danh hiệu" }).click();
  await status(page, /Đã điền kết quả cho 3 hàng vào cột T/);
  await expect(sheetCells(page, "Công dân", [[2, 19], [3, 19], [5, 19]])).resolves.toEqual(["Kết quả tính (XHHT)", expect.stringMatching(/^Đạt/), expect.stringMatching(/^Không đạt/)]);
  await page.getByRole("button", { name: "Chèn hàm XHHT" }).click();
  await status(page, /Đã chèn 3 công thức/);
  const formulas = await page.evaluate(() => [...(window as unknown as FakeWindow).__xhhtFake.model.sheets.find((x) => x.name === "Công dân")!.formulas.values()]);
  expect(formulas).toContain("=XHHT.CONGDAN(G4:P4,2024)");

  // Biểu đồ
  await page.getByRole("tab", { name: "Biểu đồ" }).click();
  await page.getByLabel("Trang tính").selectOption("Biểu 01");
  await page.getByRole("button", { name: "Vẽ biểu đồ" }).click();
  await status(page, /Đã vẽ \d+ biểu đồ/);
  const charts = await page.evaluate(() => (window as unknown as FakeWindow).__xhhtFake.model.sheets.find((x) => x.name === "Biểu đồ")?.charts.length ?? 0);
  expect(charts).toBeGreaterThan(0);

  // Tạo biểu mẫu
  await page.getByRole("tab", { name: "Tạo biểu mẫu" }).click();
  await page.getByLabel("Biểu mẫu", { exact: true }).selectOption("gia-dinh-hoc-tap");
  await page.getByRole("textbox", { name: /^Tên đơn vị/ }).fill("Xã Lâm Giang");
  await page.getByLabel("Tên trang (để trống: tên mặc định)").fill("Gia đình 2025");
  await page.getByRole("button", { name: "Tạo trang biểu mẫu" }).click();
  await status(page, /Đã tạo trang “Gia đình 2025”/);
  const names = await page.evaluate(() => (window as unknown as FakeWindow).__xhhtFake.model.sheets.map((s) => s.name));
  expect(names).toContain("Gia đình 2025");

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
