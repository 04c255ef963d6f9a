// "Ghép cột" in Chromium against the Excel fake: a province's own form no template recognises is mapped, saved and
// checked; the pane reopened over the same workbook remembers the map; the exported template file makes
// `xhht check --templates` give the same issues on an .xlsx holding the same sheet.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, offlineContext, ROOT, watchedPage } from "./browser";
import { buildHarness, serveFolder } from "./taskpane-harness/build";
import { paneStatus as status } from "./taskpane-harness/status";

type FakeWindow = {
  __xhhtFake: { model: { active: number; addSheet: (n: string) => { setRows: (r: number, c: number, rows: unknown[][]) => void } } };
  __xhhtMount: () => void;
  __xhhtRemount: () => void;
};

// The sheet of test/fixtures/golden/province-form-unmapped.xlsx (scripts/fixtures/golden-forms.ts), cell for cell.
const ROWS = [
  ["UBND XÃ LÂM GIANG"],
  ["BÁO CÁO GIA ĐÌNH HỌC TẬP NĂM 2024 (MẪU CỦA TỈNH)"],
  ["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"],
  ["Thôn Khe Lụa", 120, 110, 95, 79.2],
  ["Thôn Đồng Ruộng", 98, 80, 90, 91.8],
  ["Thôn Làng Chạp", 454, 300, 230, 58.5],
];
const CHOICES: Record<string, string> = { A: "unit-name", B: "gia-dinh.total", C: "gia-dinh.registered", D: "gia-dinh.recognised", E: "gia-dinh.rate" };

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


/** The pane's issue list as "code@address", sorted. */
const paneIssues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table[aria-label="Danh sách lỗi của lần kiểm tra"] tr[data-code]')]
      .map((tr) => `${tr.getAttribute("data-code")}@${/([A-Z]{1,3}\d+)$/.exec(tr.querySelector("td")?.textContent?.trim() ?? "")?.[1] ?? ""}`)
      .sort(),
  );

it("maps, saves, checks, remembers the map after reopening, and exports a template file the CLI uses the same way", async () => {
  const { context, blocked } = await offlineContext(browser);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${server.url}index.html`);
  await page.evaluate((rows) => {
    const w = window as unknown as FakeWindow;
    w.__xhhtFake.model.addSheet("Mẫu tỉnh").setRows(0, 0, rows);
    w.__xhhtFake.model.active = 0;
    w.__xhhtMount();
  }, ROWS);

  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await status(page, /Chưa kiểm tra được — không nhận ra biểu mẫu: “Mẫu tỉnh”/);

  // Ghép cột: each header gets its field, then "Lưu và kiểm tra".
  await page.getByRole("button", { name: "Mở Ghép cột" }).click();
  const form = page.getByTestId("column-map-form");
  await form.waitFor();
  await form.getByLabel("Biểu mẫu", { exact: true }).selectOption("tong-hop-mo-hinh");
  for (const [col, field] of Object.entries(CHOICES)) await form.locator(`select[data-col="${col}"]`).selectOption(field);
  await page.getByRole("button", { name: "Lưu và kiểm tra" }).click();
  await status(page, /Đã kiểm tra: [1-9]\d* lỗi/);
  const mapped = await paneIssues(page);
  expect(mapped).toEqual(expect.arrayContaining(["recognised-exceeds-registered@D5", "rate-mismatch@E6"]));

  // Reopen the pane over the same workbook: the saved map is used without asking.
  await page.evaluate(() => (window as unknown as FakeWindow).__xhhtRemount());
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await status(page, /Đã kiểm tra: [1-9]\d* lỗi/);
  expect(await paneIssues(page)).toEqual(mapped);

  // Export the template file and check the .xlsx holding the same sheet with it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất tệp biểu mẫu" }).click()]);
  expect(download.suggestedFilename()).toBe("bieu-mau-xhht.json");
  const templates = join(mkdtempSync(join(tmpdir(), "xhht-map-")), "bieu-mau.json");
  writeFileSync(templates, readFileSync(await download.path()));
  const cli = spawnSync(process.execPath, [join(ROOT, "dist", "cli", "xhht.js"), "check", "--json", "--templates", templates, join(ROOT, "test", "fixtures", "golden", "province-form-unmapped.xlsx")], { encoding: "utf8" });
  const report = JSON.parse(cli.stdout) as { files: { status: string; sheets: { issues: { code: string; cell: string }[] }[] }[] };
  expect(report.files[0].status).toBe("checked");
  expect(report.files[0].sheets[0].issues.map((i) => `${i.code}@${i.cell}`).sort()).toEqual(mapped);

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
