import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { FileCheck } from "../../app/check-files";
import { consolidate } from "../../app/consolidate";
import { consolidatedWorkbook } from "../../app/consolidated-workbook";
import { toJsonReport } from "../../app/json-report";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import type { ValidationContext } from "../../core/validation/context";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { loadCriteriaFile } from "./criteria-file";
import { loadTemplatesFile } from "./templates-file";
import { expandPaths } from "./files";
import { profileCheckSettings } from "../../app/check-settings";
import { checkFilesPooled } from "./pool";
import { exitCode, formatFileReport, formatSummary } from "./print";
import { loadProvinceFile } from "./province-file";
import { runProfile, runStatus } from "./status";
import { runTrend } from "./trend";

function today(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function progress(done: number, total: number, last: FileCheck): void {
  if (!process.stderr.isTTY || total < 2) return;
  const name = basename(last.path).slice(0, 40);
  process.stderr.write(`\r[${done}/${total}] ${name}${" ".repeat(Math.max(0, 40 - name.length))}`);
  if (done === total) process.stderr.write("\r" + " ".repeat(60) + "\r");
}

async function run(args: CliArgs): Promise<number> {
  const { files, missing } = expandPaths(args.paths);
  const ctx: ValidationContext = {
    today: today(),
    ...(args.year ? { reportYear: args.year } : {}),
    ...(args.scope ? { scopeProvinceCode: args.scope } : {}),
  };
  if (args.province) {
    const loaded = loadProvinceFile(args.province);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.error}\n`);
      return 2;
    }
    // The profile first; a criteria file or a template file given as well is added after it and wins.
    Object.assign(ctx, profileCheckSettings(loaded.value, args.year ?? ctx.today.year));
  }
  if (args.criteria) {
    const loaded = loadCriteriaFile(args.criteria);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.error}\n`);
      return 2;
    }
    Object.assign(ctx, { criteriaSets: [...(ctx.criteriaSets ?? []), ...loaded.value] });
  }
  if (args.templates) {
    const maps = loadTemplatesFile(args.templates);
    if (!maps.ok) {
      process.stderr.write(`${maps.error}\n`);
      return 2;
    }
    Object.assign(ctx, { columnMaps: [...maps.value, ...(ctx.columnMaps ?? [])] });
  }
  const missingChecks: FileCheck[] = missing.map((p) => ({ path: p, ok: false, error: { code: "file-missing", message: `Không tìm thấy tệp hoặc thư mục "${p}".` }, summaries: [] }));
  // Plain-text `check` prints each file's report as soon as it and the files before it are done (input order).
  const streamText = args.command === "check" && !args.json;
  const print = (c: FileCheck): void => {
    if (streamText) process.stdout.write(`${formatFileReport(c, args.lang)}\n`);
  };
  missingChecks.forEach(print);
  const checks = [...missingChecks, ...(await checkFilesPooled(files, { lang: args.lang, ctx, summaries: args.command !== "check" }, (_, c) => print(c), progress))];
  if (args.command === "rollup") {
    const result = consolidate(checks, { ...(args.year ? { year: args.year } : {}), ...(args.by ? { by: args.by } : {}) });
    const now = new Date();
    const stamp = `${String(now.getDate()).padStart(2, "0")}/${String(now.getMonth() + 1).padStart(2, "0")}/${now.getFullYear()} ${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
    const bytes = await writeWorkbook(consolidatedWorkbook(result, checks, { ...(args.year ? { year: args.year } : {}), generatedAt: stamp }), { creator: "XHHT", title: "Tổng hợp" });
    writeFileSync(args.output as string, bytes);
    process.stdout.write(`${formatSummary(checks, args.lang)}\n${args.lang === "en" ? "Wrote" : "Đã ghi"} ${args.output}: ${result.lines.length} ${args.lang === "en" ? "lines" : "dòng"}, ${result.notes.length} ${args.lang === "en" ? "notes" : "ghi chú"}.\n`);
    return checks.some((c) => !c.ok) ? 2 : 0;
  }
  if (args.json) process.stdout.write(`${JSON.stringify(toJsonReport(checks, args.lang), null, 2)}\n`);
  else process.stdout.write(`${formatSummary(checks, args.lang)}\n`);
  return exitCode(checks);
}

/** Runs the command line and returns its exit code (0 checked without errors, 1 errors or a file not checked, 2 unreadable). */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === "status") return runStatus(argv.slice(1));
  if (argv[0] === "trend") return runTrend(argv.slice(1));
  if (argv[0] === "profile") return runProfile(argv.slice(1));
  const args = parseArgs(argv);
  if ("message" in args) {
    process.stderr.write(`${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === "version") {
    process.stdout.write(`${JSON.parse(readFileSync(new URL("../../package.json", `file://${__filename}`), "utf8")).version ?? ""}\n`);
    return 0;
  }
  try {
    return await run(args);
  } catch (e) {
    process.stderr.write(`Lỗi không mong đợi của XHHT: ${(e as Error).message}\nHãy báo lỗi kèm lệnh đã chạy (xem SECURITY.md).\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
