import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { bigWorkbook } from "./big-workbook";
import { fmt, median, now, OUT_DIR, printTable } from "./util";

const ROOT = join(OUT_DIR, "..", "..");
const KB = 1024;
/** The gzip budgets test/build.test.ts enforces (task pane chunks; dashboard with its workers and lazy chunks). */
export const BUNDLE_BUDGET = { pane: 1024 * KB, dashboard: 1536 * KB };

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** A production build of the CLI of our own, in bench/.out/cli (so a concurrent `npm test` rebuilding dist/ is no bother). */
function cliBundle(): string {
  const file = join(OUT_DIR, "cli", "xhht.js");
  if (existsSync(file) && statSync(file).mtimeMs > newestMtime(join(ROOT, "src"))) return file;
  const webpack = join(ROOT, "node_modules", ".bin", "webpack");
  const r = spawnSync(webpack, ["--mode", "production", "--config-name", "cli", "--output-path", join(OUT_DIR, "cli")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0 || !existsSync(file)) throw new Error("building the CLI failed");
  return file;
}

/** `count` commune workbooks of `rows` rows × 25 columns each, cached in bench/.out/cli-input-…. */
function communeFiles(count: number, rows: number): string {
  const dir = join(OUT_DIR, `cli-input-${count}x${rows}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) bigWorkbook(rows, 25, i + 1, join(dir, `xa-${String(i + 1).padStart(4, "0")}.xlsx`));
  return dir;
}

interface CliRun {
  ms: number;
  peakRssMb: number;
  status: number | null;
}

/** Runs the CLI once in a fresh node, with a preload that records its peak RSS at exit. */
function runCli(cli: string, args: readonly string[]): CliRun {
  const preload = join(OUT_DIR, "max-rss.cjs");
  const rssFile = join(OUT_DIR, "cli-max-rss.txt");
  writeFileSync(preload, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  const t = now();
  const r = spawnSync(process.execPath, ["--require", preload, cli, ...args], { stdio: ["ignore", "ignore", "ignore"] });
  const ms = now() - t;
  return { ms, peakRssMb: Number(readFileSync(rssFile, "utf8")) / 1024, status: r.status };
}

/** Gzip size (level 9, as the build test measures) of the built bundles in dist/, or null when not built. */
function bundleSizes(): { pane: number; dashboard: number } | null {
  const dist = join(ROOT, "dist");
  const pane = ["taskpane.js", "functions.js", "commands.js"];
  if (!pane.every((f) => existsSync(join(dist, f)))) return null;
  const gz = (names: string[]) => names.reduce((sum, n) => sum + gzipSync(readFileSync(join(dist, n)), { level: 9 }).length, 0);
  const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
  return { pane: gz(pane), dashboard: gz(js.filter((f) => !pane.includes(f))) };
}

/**
 * Section 5: the command line, whole process: one big workbook (`bigRows` × 11 columns), folders of commune workbooks
 * spread over worker threads, a rollup; and the web bundles against their budget.
 */
export function benchCli(folders: readonly number[], rows = 50, bigRows = 100_000): { runs: { what: string; run: CliRun }[]; bundles: ReturnType<typeof bundleSizes> } {
  const cli = cliBundle();
  const measure = (args: string[], times = 3): CliRun => {
    const runs = Array.from({ length: times }, () => runCli(cli, args));
    return { ms: median(runs.map((r) => r.ms)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), status: runs[0].status };
  };
  const runs: { what: string; run: CliRun; files: number }[] = [];
  runs.push({ what: `xhht check --json (1 file, ${fmt(bigRows)} rows × 11 columns)`, run: measure(["check", "--json", bigWorkbook(bigRows, 11)]), files: 1 });
  for (const n of folders) {
    const dir = communeFiles(n, rows);
    runs.push({ what: `xhht check --json (${fmt(n)} files × ${rows} rows)`, run: measure(["check", "--json", dir], n > 1000 ? 1 : 3), files: n });
  }
  const out = join(OUT_DIR, "cli-rollup.xlsx");
  const first = folders[0];
  runs.push({ what: `xhht rollup -o (${fmt(first)} files × ${rows} rows)`, run: measure(["rollup", "--year", "2025", "-o", out, communeFiles(first, rows)]), files: first });
  const bundles = bundleSizes();
  const rows5 = runs.map((r) => [r.what, fmt(r.run.ms, 0), fmt(r.run.ms / r.files, 1), fmt(r.run.peakRssMb, 0), String(r.run.status)]);
  printTable(
    "5a. Command line (production webpack build of the CLI with its worker module, fresh node per run, median of 3; 1 run above 1,000 files)",
    ["command", "wall ms", "ms per file", "peak RSS MB (main process)", "exit"],
    rows5,
    "Wall time includes node start-up and loading the bundle; files go to the main thread, worker threads (tinypool) join on idle cores when enough work is left.\n" +
      "Peak RSS is the main process' (resourceUsage().maxRSS covers its worker threads too: they share the process).",
  );
  const b = bundles;
  printTable(
    "5b. Web bundles in dist/ (gzip -9, as test/build.test.ts measures)",
    ["bundle", "gzip KB", "budget KB", "used"],
    b
      ? [
          ["task pane (taskpane + functions + commands)", fmt(b.pane / KB, 0), fmt(BUNDLE_BUDGET.pane / KB, 0), `${fmt((b.pane / BUNDLE_BUDGET.pane) * 100, 0)}%`],
          ["dashboard (all other chunks and workers)", fmt(b.dashboard / KB, 0), fmt(BUNDLE_BUDGET.dashboard / KB, 0), `${fmt((b.dashboard / BUNDLE_BUDGET.dashboard) * 100, 0)}%`],
        ]
      : [["dist/ not built: run `npm run build` first", "—", "—", "—"]],
  );
  return { runs: runs.map(({ what, run }) => ({ what, run })), bundles };
}
