import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { makeSummaryWorkbook } from "../scripts/fixtures";
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

/** 200 commune workbooks of 50 rows each, cached in bench/.out/cli-input. */
async function communeFiles(count: number, rows: number): Promise<string> {
  const dir = join(OUT_DIR, `cli-input-${count}x${rows}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const file = join(dir, `xa-${String(i + 1).padStart(3, "0")}.xlsx`);
    if (!existsSync(file)) writeFileSync(file, await makeSummaryWorkbook({ rows, seed: i + 1 }));
  }
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

/** Section 5: the command line on 200 commune workbooks, and the web bundles against their budget. */
export async function benchCli(files = 200, rows = 50): Promise<{ check: CliRun; rollup: CliRun; bundles: ReturnType<typeof bundleSizes> }> {
  const cli = cliBundle();
  const dir = await communeFiles(files, rows);
  const out = join(OUT_DIR, "cli-rollup.xlsx");
  const best = (args: string[]) => {
    const runs = [0, 1, 2].map(() => runCli(cli, args));
    const ms = median(runs.map((r) => r.ms));
    return { ms, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), status: runs[0].status };
  };
  const check = best(["check", "--json", dir]);
  const rollup = best(["rollup", "--year", "2025", "-o", out, dir]);
  const bundles = bundleSizes();
  const rows5 = [
    [`xhht check --json (${files} files × ${rows} rows)`, fmt(check.ms, 0), fmt(check.ms / files, 1), fmt(check.peakRssMb, 0), String(check.status)],
    [`xhht rollup -o (${files} files × ${rows} rows)`, fmt(rollup.ms, 0), fmt(rollup.ms / files, 1), fmt(rollup.peakRssMb, 0), String(rollup.status)],
  ];
  printTable("5a. Command line (production webpack build of the CLI, fresh node per run, median of 3)", ["command", "wall ms", "ms per file", "peak RSS MB", "exit"], rows5, "Wall time includes node start-up and loading the bundle; exit: 0 no errors, 1 errors found, 2 a file could not be read.");
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
  return { check, rollup, bundles };
}
