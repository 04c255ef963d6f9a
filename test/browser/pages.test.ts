// The built pages in a real Chromium, offline: the dashboard renders on its own, and the task pane opened outside
// Excel says so (with office.js loaded from the local package, and with the CDN unreachable).
import { offlineContext, watchedPage, distAndBrowserForFile } from "./browser";

const env = distAndBrowserForFile();

describe("dashboard.html", () => {
  it("shows its heading, with no console errors and no request leaving the machine", async () => {
    const { context, blocked, officeFiles } = await offlineContext(env.browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    await page.getByRole("heading", { name: "XHHT — Bảng điều khiển" }).waitFor();
    await page.waitForLoadState("networkidle");
    // Outside Office, office.js may try to frame Microsoft's telemetry page; the pane's CSP (frame-src) refuses it.
    expect(errors.filter((e) => !/telemetryservice\.firstpartyapps\.oaspapps\.com/.test(e))).toEqual([]);
    expect(blocked).toEqual([]);
    expect(officeFiles).toEqual([]);
    await context.close();
  });

  it("is what the server gives for /", async () => {
    const res = await fetch(env.server.url);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("dashboard.js");
  });
});

describe("taskpane.html outside Excel", () => {
  it("says it runs outside Excel and links to the dashboard (real office.js, served locally)", async () => {
    const { context, blocked, officeFiles } = await offlineContext(env.browser, { officeJs: "local" });
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}taskpane.html`);
    await page.getByRole("heading", { name: /ngoài Excel/ }).waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("outside-excel").textContent()).resolves.toMatch(/outside Excel/);
    expect(officeFiles).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);

    // A new window: navigating the pane's page would unload the shared runtime (and the custom functions with it).
    const [dashboard] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: /Bảng điều khiển/ }).click()]);
    await dashboard.waitForURL(/dashboard\.html$/);
    await dashboard.getByRole("heading", { name: "XHHT — Bảng điều khiển" }).waitFor();
    expect(page.url()).toMatch(/taskpane\.html$/);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("still says so when the office.js CDN is unreachable", async () => {
    const { context, blocked } = await offlineContext(env.browser, { officeJs: "unreachable" });
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}taskpane.html`);
    await page.getByRole("heading", { name: /ngoài Excel/ }).waitFor({ timeout: 10_000 });
    await expect(page.getByTestId("outside-excel").textContent()).resolves.toMatch(/office\.js/);
    expect(await page.getByRole("link", { name: /Bảng điều khiển/ }).getAttribute("href")).toBe("dashboard.html");
    expect(blocked).toEqual([]);
    // The failed office.js load is the only error the page may report.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});
