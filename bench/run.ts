// The benchmarks (`npm run bench`): each section prints a table; see BENCHMARKS.md for the figures and how to read them.
// `--quick` runs smaller sizes; `--only=validation,peers,xlsx,office,cli,dashboard` picks sections; `--child task arg` is internal.
import { cpus, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchCli } from "./cli";
import { benchDashboard } from "./dashboard";
import { benchOffice, officeChild } from "./office";
import { benchPeers, peersChild } from "./peers";
import { fmt, OUT_DIR } from "./util";
import { benchValidation, validationChild } from "./validation";
import { benchXlsx, xlsxChild, xlsxTimeChild } from "./xlsx";

const CHILDREN: Record<string, (arg: string) => Promise<void>> = {
  validate: (a) => validationChild(Number(a)),
  peers: (a) => peersChild(a),
  xlsx: (a) => xlsxChild(a),
  "xlsx-time": (a) => xlsxTimeChild(a),
  office: (a) => officeChild(Number(a)),
};

async function main(argv: readonly string[]): Promise<void> {
  const child = argv.indexOf("--child");
  if (child >= 0) return CHILDREN[argv[child + 1]](argv[child + 2]);
  const quick = argv.includes("--quick");
  const only = argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
  const want = (s: string) => !only || only.includes(s);
  const started = Date.now();
  console.log(`XHHT benchmarks — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${fmt(totalmem() / 2 ** 30, 0)} GB RAM${quick ? " (quick)" : ""}`);
  const results: Record<string, unknown> = { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length, at: new Date().toISOString() };
  if (want("validation")) results.validation = benchValidation(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000]);
  if (want("peers")) results.peers = benchPeers(quick ? [10_000] : [10_000, 100_000]);
  if (want("xlsx")) results.xlsx = benchXlsx(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000]);
  if (want("office")) results.office = benchOffice(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  if (want("cli")) results.cli = benchCli(quick ? [20] : [200, 3_300], 50, quick ? 10_000 : 100_000);
  if (want("dashboard")) results.dashboard = await benchDashboard(quick ? 10_000 : 100_000);
  writeFileSync(join(OUT_DIR, "results.json"), JSON.stringify(results, null, 2));
  console.log(`\nDone in ${fmt((Date.now() - started) / 1000, 0)} s; raw figures in bench/.out/results.json.`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
