// `npm run bench`: bundles bench/run.ts with esbuild (no keepNames, like the production webpack build) and runs it
// with --expose-gc. Extra arguments pass through (e.g. `npm run bench -- --quick` or `-- --only=peers`).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, ".out");
mkdirSync(out, { recursive: true });
const esbuild = join(here, "..", "node_modules", ".bin", "esbuild");
const bundle = spawnSync(
  esbuild,
  [join(here, "run.ts"), "--bundle", "--platform=node", "--format=cjs", "--target=node20", "--external:exceljs", "--external:tableschema", "--external:playwright-core", "--log-level=warning", `--outfile=${join(out, "run.cjs")}`],
  { stdio: "inherit" },
);
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
const run = spawnSync(process.execPath, ["--expose-gc", join(out, "run.cjs"), ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
