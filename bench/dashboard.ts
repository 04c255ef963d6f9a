// Section 6: the built dashboard in headless Chromium checks a big workbook in its Web Worker pool — the time from
// choosing the file to its result on the page (reading with the streaming reader + checking, in the worker).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { bigWorkbook } from "./big-workbook";
import { fmt, median, OUT_DIR, printTable } from "./util";

const ROOT = join(OUT_DIR, "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** scripts/serve.mjs on a free port for dist/; resolves with its base URL and a stop function. */
function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs")], { env: { ...process.env, PORT: "0", XHHT_DIST: DIST }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      const port = /localhost:(\d+)\//.exec(out)?.[1];
      if (port) resolve({ url: `http://localhost:${port}/`, stop: () => child.kill("SIGTERM") });
    });
    child.once("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
}

/** Section 6: median of 3 fresh pages checking the `rows` × 11 workbook; null when dist/ or Chromium is missing. */
export async function benchDashboard(rows: number): Promise<{ rows: number; ms: number[] } | null> {
  if (!existsSync(join(DIST, "dashboard.html")) || !existsSync(CHROMIUM)) {
    printTable("6. Dashboard (built dist/ in headless Chromium)", ["file", "ms"], [["dist/ or Chromium missing: run `npm run build`", "—"]]);
    return null;
  }
  const file = bigWorkbook(rows, 11);
  const name = file.split("/").pop() as string;
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const ms: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.url}dashboard.html`);
      // The page checks its bundled samples first; the file is chosen once they are shown (as an officer would), so
      // the samples' check does not share the workers with the measured file.
      await page.locator("[data-file]").first().waitFor({ timeout: 120_000 });
      await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 120_000 });
      const t0 = await page.evaluate(() => performance.now());
      await page.getByTestId("file-input").setInputFiles([file]);
      await page.locator(`[data-file="${name}"]`).waitFor({ timeout: 120_000 });
      await page.getByTestId("check-progress").waitFor({ state: "detached", timeout: 120_000 });
      ms.push((await page.evaluate(() => performance.now())) - t0);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  printTable(
    "6. Dashboard (built dist/ in headless Chromium, Web Worker pool)",
    ["file", "median ms", "runs ms"],
    [[`${name} (${fmt(rows)} rows × 11 columns)`, fmt(median(ms), 0), ms.map((m) => fmt(m, 0)).join(", ")]],
    "From choosing the file in the file input to its row on the page: bytes to the worker, streaming read, check, result back.",
  );
  return { rows, ms };
}
