// The built dashboard in Chromium and offline, through its real check workers: a file saved by the pane after its
// check shows its receipt in the file table; loading a province profile that carries a template file checks the files
// again in the workers with the profile's maps, so the province's own form is recognised.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { laoCaiProfile } from "../../src/core/province";
import { createTaskpaneServices } from "../../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../../src/ui/taskpane/settings.schema";
import { fakeFromXlsx, saveFakeAsXlsx } from "../support/fake-to-xlsx";
import { offlineContext, watchedPage, distAndBrowserForFile } from "./browser";

const env = distAndBrowserForFile();
const fixtures = join(__dirname, "..", "fixtures");

/** The Lâm Giang sample checked in the pane (Kiểm tra, then Kết quả kiểm tra) and saved as .xlsx. */
async function checkedInPane(): Promise<Uint8Array> {
  const fx = await fakeFromXlsx(readFileSync(join(fixtures, "samples", "xa-lam-giang-2025.xlsx")), "xa-lam-giang-2025.xlsx");
  const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 11, 1, 8, 5) });
  const checked = await services.check("all", DEFAULT_SETTINGS);
  if (!checked.ok || !(await services.writeReport(checked.value)).ok) throw new Error("pane check failed");
  return saveFakeAsXlsx(fx.model);
}

describe("the dashboard with the pane's receipts and the province profile", () => {
  it("shows each file's receipt, and re-checks with the profile's template file in the workers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xhht-dash-ho-so-"));
    writeFileSync(join(dir, "xa-lam-giang-2025.xlsx"), await checkedInPane());
    const form = join(fixtures, "golden", "province-form-unmapped.xlsx");
    const profile = join(dir, "ho-so.json");
    const templates = JSON.parse(readFileSync(join(fixtures, "templates", "province-form.json"), "utf8")) as unknown;
    writeFileSync(profile, JSON.stringify({ ...laoCaiProfile(), id: "lao-cai-bieu-mau", name: "Tỉnh Lào Cai (biểu mẫu tỉnh)", templates }));

    const { context, blocked } = await offlineContext(env.browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
    await page.getByTestId("file-input").setInputFiles([join(dir, "xa-lam-giang-2025.xlsx"), form]);
    await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 60_000 });
    const row = (name: string) => page.locator(`[data-testid="files-table"] [data-file="${name}"]`);
    await row("province-form-unmapped.xlsx").waitFor({ timeout: 60_000 });
    expect(await row("xa-lam-giang-2025.xlsx").locator('[data-field="receipt"]').textContent()).toBe("Đã kiểm tra bằng XHHT lúc 2025-12-01 08:05, dữ liệu không đổi");
    expect(await row("province-form-unmapped.xlsx").locator('[data-field="receipt"]').textContent()).toBe("Chưa kiểm tra bằng XHHT");
    expect(await row("province-form-unmapped.xlsx").getAttribute("data-status")).toBe("unchecked");

    await page.getByTestId("profile-input").setInputFiles(profile);
    await page.getByText("Hồ sơ tỉnh: Tỉnh Lào Cai (biểu mẫu tỉnh)").waitFor({ timeout: 60_000 });
    expect(await row("province-form-unmapped.xlsx").getAttribute("data-status")).not.toBe("unchecked");
    expect(await row("xa-lam-giang-2025.xlsx").locator('[data-field="receipt"]').textContent()).toContain("dữ liệu không đổi");

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 180_000);
});
