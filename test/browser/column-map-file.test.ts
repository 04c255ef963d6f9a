// Issue 12 in the built dashboard (Chromium, offline): the workbook the pane saved with its "Ghép cột" map is dropped
// in and checked with that map, as the pane checked it — no province template file loaded. A workbook whose saved map
// is damaged is named and left unchecked.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STATE_KEYS } from "../../src/core/ports/workbook-port";
import { saveFakeAsXlsx } from "../support/fake-to-xlsx";
import { mapProvinceForm, openProvinceForm } from "../support/province-form-fake";
import { distAndBrowserForFile, offlineContext, watchedPage } from "./browser";

const env = distAndBrowserForFile();

it("checks a dropped workbook with the column map saved inside it, and names a damaged map", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xhht-mapdrop-"));
  const mapped = await openProvinceForm();
  const paneIssues = await mapProvinceForm(mapped);
  writeFileSync(join(dir, "mau-tinh-da-ghep.xlsx"), await saveFakeAsXlsx(mapped.model));
  const damaged = await openProvinceForm();
  damaged.model.settings.set(STATE_KEYS.columnMaps, '{"format":"xhht-column-map"');
  writeFileSync(join(dir, "mau-tinh-ghep-hong.xlsx"), await saveFakeAsXlsx(damaged.model));

  const { context, blocked } = await offlineContext(env.browser);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${env.server.url}dashboard.html`);
  await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
  await page.getByTestId("file-input").setInputFiles([join(dir, "mau-tinh-da-ghep.xlsx"), join(dir, "mau-tinh-ghep-hong.xlsx")]);
  await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 60_000 });
  const good = page.locator('[data-file="mau-tinh-da-ghep.xlsx"]');
  const bad = page.locator('[data-file="mau-tinh-ghep-hong.xlsx"]');
  await good.waitFor({ timeout: 60_000 });

  expect(await good.getAttribute("data-status")).toBe("has-errors");
  expect(await good.locator('[data-field="errors"]').textContent()).toBe(String(paneIssues.filter((i) => i.severity === "error").length));
  expect(await good.locator('[data-field="map-problem"]').count()).toBe(0);
  await page.getByRole("button", { name: "Xem lỗi: mau-tinh-da-ghep.xlsx" }).click();
  const shown = await page.getByTestId("file-issues").locator("tr[data-code]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code") ?? "").sort());
  expect(shown).toEqual(paneIssues.map((i) => i.code).sort());
  expect(shown).toEqual(expect.arrayContaining(["recognised-exceeds-registered", "rate-mismatch"]));

  expect(await bad.getAttribute("data-status")).toBe("unchecked");
  expect(await bad.locator('[data-field="map-problem"]').textContent()).toBe("Bản ghép cột lưu trong tệp: Tệp biểu mẫu không phải JSON hợp lệ.");

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
