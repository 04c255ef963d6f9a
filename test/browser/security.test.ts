// Data never leaves the machine: every request the built dashboard and task pane attempt is recorded while the
// dashboard loads its samples and opens a workbook, and the only one that may go past localhost is office.js from
// Microsoft's CDN on the task pane. Both pages carry a strict Content-Security-Policy in a meta tag.
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { offlineContext, OFFICE_JS_URL, ROOT, watchedPage, distAndBrowserForFile } from "./browser";

const env = distAndBrowserForFile();

const OFFICE_CDN_FOLDER = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return ["data:", "blob:"].includes(protocol) || ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
};

/** Every request any page or worker of the context attempts, in order. */
function recordAll(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on("request", (r) => seen.push(r.url()));
  return seen;
}

async function cspOf(context: BrowserContext, url: string): Promise<string> {
  const { page } = await watchedPage(context);
  await page.goto(url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  await page.close();
  return csp ?? "";
}

const directive = (csp: string, name: string) => csp.split(";").map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? [];

describe("no request leaves the machine", () => {
  it("dashboard: loading the samples and opening a workbook stays on localhost", async () => {
    const { context, blocked } = await offlineContext(env.browser);
    const seen = recordAll(context);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}dashboard.html`);
    await page.getByTestId("samples-notice").waitFor({ timeout: 60_000 });
    await page.getByTestId("rollup-total").waitFor({ timeout: 60_000 });
    const file = join(ROOT, "test", "fixtures", "golden", "thm-clean-commune-2024.xlsx");
    await page.getByTestId("file-input").setInputFiles([file]);
    await page.locator('[data-file="thm-clean-commune-2024.xlsx"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.filter((u) => !isLocal(u))).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("task pane: the only request past localhost is office.js from Microsoft's CDN", async () => {
    const { context, blocked } = await offlineContext(env.browser, { officeJs: "local" });
    const seen = recordAll(context);
    const { page, errors } = await watchedPage(context);
    await page.goto(`${env.server.url}taskpane.html`);
    await page.getByRole("heading", { name: /ngoài Excel/ }).waitFor({ timeout: 10_000 });
    await page.waitForLoadState("networkidle");
    // office.js itself fetches its own file table from the same CDN folder; nothing else may go out.
    const outside = [...new Set(seen.filter((u) => !isLocal(u)))];
    expect(outside[0]).toBe(OFFICE_JS_URL);
    expect(outside.filter((u) => !u.startsWith(OFFICE_CDN_FOLDER))).toEqual([]);
    expect(blocked).toEqual([]);
    // Outside Office, office.js tries to frame Microsoft's telemetry page; the pane's CSP (frame-src) refuses it
    // before any request is made. That refusal is the only error allowed here: it proves the policy is enforced.
    expect(errors.filter((e) => !/frame-src.*telemetryservice\.firstpartyapps\.oaspapps\.com|telemetryservice\.firstpartyapps\.oaspapps\.com.*frame-src/s.test(e))).toEqual([]);
    expect(outside.some((u) => u.includes("telemetry"))).toBe(false);
    await context.close();
  });
});

describe("a strict Content-Security-Policy on both pages", () => {
  it.each(["dashboard.html", "taskpane.html"])("%s: no eval, no plugins, no base or form tricks, scripts only from itself (and office.js)", async (name) => {
    const { context } = await offlineContext(env.browser, { officeJs: "local" });
    const csp = await cspOf(context, `${env.server.url}${name}`);
    expect(csp).not.toBe("");
    expect(csp).not.toMatch(/unsafe-eval|'unsafe-hashes'|\*/);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(directive(csp, "base-uri")).toEqual(["'none'"]);
    expect(directive(csp, "default-src")).toEqual(["'self'"]);
    expect(directive(csp, "script-src")).not.toContain("'unsafe-inline'");
    for (const source of directive(csp, "script-src")) expect(["'self'", "https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"]).toContain(source);
    if (name === "dashboard.html") expect(csp).not.toMatch(/https?:/);
    await context.close();
  });
});
