// The province's desk in the built dashboard, in Chromium and offline: a folder with submitted, erroneous,
// unrecognised, unreadable, former-unit and nameless reports is opened; every roster unit shows one status, the
// former unit is counted under its new commune, the officer places the nameless file, a bad profile changes nothing,
// a province's own profile replaces the roster, and the list exports as a workbook.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { laoCaiProfile } from "../../src/core/province";
import { makeStatusFolder } from "../support/status-folder";
import { offlineContext, watchedPage, distAndBrowserForFile } from "./browser";

const env = distAndBrowserForFile();

const statusOf = (page: Page, code: string) => page.locator(`[data-testid="status-panel"] [data-unit="${code}"]`).getAttribute("data-status");
const count = async (page: Page, status: string) => ((await page.locator(`[data-testid="status-summary"] [data-count="${status}"]`).textContent()) ?? "").replace(/^.*: /, "");

describe("the province's desk in the dashboard", () => {
  it("lists who has reported from a folder, places files, refuses a bad profile, loads a good one, exports", async () => {
    const { dir, files } = await makeStatusFolder();
    const { context, blocked } = await offlineContext(env.browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
    await page.getByTestId("file-input").setInputFiles(files.map((f) => join(dir, f)));
    await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByTestId("status-panel").waitFor({ timeout: 60_000 });

    expect(await page.getByTestId("profile-name").textContent()).toBe("Hồ sơ tỉnh: Tỉnh Lào Cai (mặc định)");
    expect(await statusOf(page, "04381")).toBe("submitted"); // Xã Lâm Giang
    expect(await statusOf(page, "04498")).toBe("errors"); // Xã Trấn Yên
    expect(await statusOf(page, "04465")).toBe("unchecked"); // Xã Khao Mang, no template recognised
    expect(await statusOf(page, "04630")).toBe("unreadable"); // Xã Tú Lệ, placed by its file name
    expect(await statusOf(page, "04456")).toBe("missing"); // Xã Mù Cang Chải
    const vanPhu = page.locator('[data-testid="status-panel"] [data-unit="04279"]');
    expect(await vanPhu.getAttribute("data-status")).toBe("submitted");
    expect(await vanPhu.locator('[data-field="note"]').textContent()).toBe("Báo cáo của Phường Yên Thịnh (đơn vị cũ), tính vào Phường Văn Phú");
    expect(await vanPhu.locator('[data-field="receipt"]').textContent()).toBe("Chưa kiểm tra bằng XHHT");
    expect([await count(page, "submitted"), await count(page, "errors"), await count(page, "unchecked"), await count(page, "unreadable"), await count(page, "missing")]).toEqual(["2", "1", "1", "1", "94"]);

    // The nameless file waits apart until the officer chooses its unit.
    expect(await page.getByTestId("status-apart").locator('[data-status-file="tep-gui-lai.xlsx"]').count()).toBe(1);
    expect(await statusOf(page, "04375")).toBe("missing");
    await page.getByLabel("Chọn đơn vị cho tệp tep-gui-lai.xlsx").selectOption("04375");
    expect(await statusOf(page, "04375")).toBe("submitted");
    expect(await page.getByTestId("status-apart").count()).toBe(0);
    expect(await count(page, "submitted")).toBe("3");

    // The status filter shows only the units of one status.
    await page.locator('[data-testid="status-summary"] [data-count="errors"]').click();
    expect(await page.locator('[data-testid="status-panel"] [data-unit]').count()).toBe(1);
    await page.getByRole("button", { name: "Tất cả" }).click();
    expect(await page.locator('[data-testid="status-panel"] [data-unit]').count()).toBe(99);

    // A bad profile is refused with the field named; the list stays as it was.
    const bad = join(dir, "..", `ho-so-hong-${Date.now()}.json`);
    writeFileSync(bad, JSON.stringify({ ...laoCaiProfile(), deadlines: [{ ...laoCaiProfile().deadlines[0], month: 13 }] }));
    await page.getByTestId("profile-input").setInputFiles(bad);
    await page.getByTestId("profile-problems").waitFor();
    expect(await page.getByTestId("profile-problems").textContent()).toContain("Hồ sơ tỉnh, mục deadlines.bao-cao-nam.month: phải là số ≤ 12");
    expect(await page.locator('[data-testid="status-panel"] [data-unit]').count()).toBe(99);

    // A province's own profile replaces the roster.
    const own = join(dir, "..", `ho-so-${Date.now()}.json`);
    const units = [{ code: "04381", name: "Xã Lâm Giang" }, { code: "04498", name: "Xã Trấn Yên" }, { code: "04456", name: "Xã Mù Cang Chải" }];
    writeFileSync(own, JSON.stringify({ ...laoCaiProfile(), id: "thu-nghiem", name: "Tỉnh thử nghiệm", rosters: [{ from: "2025-07-01", to: null, units }] }));
    await page.getByTestId("profile-input").setInputFiles(own);
    await page.getByText("Hồ sơ tỉnh: Tỉnh thử nghiệm").waitFor();
    expect(await page.getByTestId("profile-problems").count()).toBe(0);
    expect(await page.locator('[data-testid="status-panel"] [data-unit]').count()).toBe(3);

    // The export reads back as the list.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "Xuất danh sách (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("tinh-hinh-nop-bao-cao-2025.xlsx");
    const wb = await readWorkbook(new Uint8Array(readFileSync(await download.path())), download.suggestedFilename());
    const texts = wb.ok ? wb.value.sheets[0].values.flat() : [];
    expect(texts).toEqual(expect.arrayContaining(["Xã Lâm Giang", "Xã Trấn Yên", "Xã Mù Cang Chải", "Chưa nộp", "Còn lỗi"]));

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 180_000);

  it("shows the samples of 2024 and 2025 year over year and exports the Theo năm sheet", async () => {
    const { context, blocked } = await offlineContext(env.browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
    await page.getByTestId("trend-panel").waitFor({ timeout: 60_000 });
    expect(await page.locator("#trend-heading").textContent()).toBe("Theo năm (2024, 2025) so với chỉ tiêu");
    expect(await page.getByTestId("trend-panel").locator("svg").count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId("trend-changes").textContent()).toContain("Xã Lâm Giang, Gia đình học tập: tổng số thay đổi mạnh từ 1560 (2024) lên 2128 (2025)");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "Xuất sổ tổng hợp (.xlsx)" }).click()]);
    const wb = await readWorkbook(new Uint8Array(readFileSync(await download.path())), download.suggestedFilename());
    const sheet = wb.ok ? wb.value.sheets.find((g) => g.sheetName === "Theo năm") : undefined;
    expect(sheet?.values.flat()).toEqual(expect.arrayContaining(["Gia đình học tập", "Toàn tỉnh", "Tỷ lệ 2024 (%)"]));
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 180_000);
});
