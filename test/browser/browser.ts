// Shared helpers for browser tests of the built pages: serve dist/ with scripts/serve.mjs, launch Debian's Chromium
// through playwright-core (never a Playwright download), and keep every page offline: the office.js CDN URL is
// answered from node_modules/@microsoft/office-js, and any other request that leaves localhost is blocked and recorded.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const DIST = process.env.XHHT_DIST || join(ROOT, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface DistServer {
  /** Base URL ending in "/", e.g. http://localhost:41234/ */
  url: string;
  close(): Promise<void>;
}

/** Starts scripts/serve.mjs on a free port for `dist` (the built site by default). */
export function serveDist(dist = DIST): Promise<DistServer> {
  if (!existsSync(join(dist, "dashboard.html"))) throw new Error(`${dist} has no dashboard.html: run \`npm run build\` first.`);
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts", "serve.mjs")], {
    env: { ...process.env, PORT: "0", XHHT_DIST: dist },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`serve.mjs did not start: ${out}`));
    }, 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const port = /localhost:(\d+)\//.exec(out)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://localhost:${port}/`, close });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}: ${out}`));
    });
  });
}

/** Launches headless Chromium; playwright gives every launch a fresh temporary profile (--user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error("Thiếu Chromium. Chạy: sudo apt-get update && sudo apt-get install -y chromium");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface OfflineOptions {
  /** "local": answer the CDN's office.js from the npm package; "unreachable": fail it, as when offline. */
  officeJs?: "local" | "unreachable";
}

export interface OfflineContext {
  context: BrowserContext;
  /** Requests that tried to leave localhost (other than office.js), blocked. Should stay empty. */
  blocked: string[];
  /** office.js files answered from the local package. */
  officeFiles: string[];
}

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return ["data:", "blob:"].includes(protocol) || ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
};

/** A browser context in which nothing leaves the machine: see the file comment. */
export async function offlineContext(browser: Browser, options: OfflineOptions = {}): Promise<OfflineContext> {
  const context = await browser.newContext({ locale: "vi-VN", serviceWorkers: "block" });
  const blocked: string[] = [];
  const officeFiles: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      if (options.officeJs === "unreachable") return route.abort("internetdisconnected");
      const file = join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) {
        officeFiles.push(url);
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: readFileSync(file) });
      }
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, blocked, officeFiles };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
}

/** Opens a page that records its console errors, uncaught exceptions and Content-Security-Policy violations. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  // A violation the page's code catches (a probing `new Function`) still fires this event: report it as an error.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  return { page, errors };
}

/** The built dist/ served and Chromium launched once for a test file (beforeAll), both closed after it (afterAll). */
export function distAndBrowserForFile(): { readonly server: DistServer; readonly browser: Browser } {
  const held: { server?: DistServer; browser?: Browser } = {};
  beforeAll(async () => {
    held.server = await serveDist();
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return {
    get server() {
      return held.server as DistServer;
    },
    get browser() {
      return held.browser as Browser;
    },
  };
}
