// Dates in the production bundles (zod jitless, minified): a province profile whose confirmed value is applied to a
// built-in criteria set (validFrom, validTo and the legal basis's date are ISO dates) is accepted by the dashboard,
// and a date that does not exist is still refused with the field named.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { laoCaiProfile } from "../../src/core/province";
import { distAndBrowserForFile, offlineContext, watchedPage } from "./browser";

const env = distAndBrowserForFile();

const confirmed = { base: "gia-dinh-448", path: "total.min", value: 75, document: { number: "12/HD-SGDĐT", date: "2025-03-01" } };

it("accepts a profile whose confirmed values land on criteria sets with dates, and refuses a date that does not exist", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xhht-dates-"));
  const { context, blocked } = await offlineContext(env.browser);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${env.server.url}dashboard.html`);
  await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });

  const bad = join(dir, "ho-so-ngay-sai.json");
  writeFileSync(bad, JSON.stringify({ ...laoCaiProfile(), id: "ngay-sai", confirmedValues: [{ ...confirmed, document: { ...confirmed.document, date: "2025-02-30" } }] }));
  await page.getByTestId("profile-input").setInputFiles(bad);
  await page.getByTestId("profile-problems").waitFor();
  expect(await page.getByTestId("profile-problems").textContent()).toMatch(/confirmedValues.*document\.date: phải là ngày dạng yyyy-mm-dd/);

  const good = join(dir, "ho-so-co-ngay.json");
  writeFileSync(good, JSON.stringify({ ...laoCaiProfile(), id: "co-ngay", name: "Tỉnh có ngày", confirmedValues: [confirmed] }));
  await page.getByTestId("profile-input").setInputFiles(good);
  await page.getByText("Hồ sơ tỉnh: Tỉnh có ngày").waitFor({ timeout: 15_000 }).catch(async () => {
    throw new Error(`profile refused: ${await page.getByTestId("profile-problems").textContent()}`);
  });
  expect(await page.getByTestId("profile-problems").count()).toBe(0);

  expect(errors).toEqual([]);
  expect(blocked).toEqual([]);
  await context.close();
});
