import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { checkFiles, type FileCheck } from "../../app/check-files";
import { consolidate } from "../../app/consolidate";
import { consolidatedWorkbook } from "../../app/consolidated-workbook";
import { toJsonReport } from "../../app/json-report";
import { readWorkbookFile } from "../../adapters/xlsx/node-file";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import type { ValidationContext } from "../../core/validation/context";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { loadCriteriaFile } from "./criteria-file";
import { expandPaths } from "./files";
import { formatFileReport, formatSummary } from "./print";
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
  if (args.criteria) {
    const loaded = loadCriteriaFile(args.criteria);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.error}\n`);
      return 2;
    }
    Object.assign(ctx, { criteriaSets: loaded.value });
  }
  const missingChecks: FileCheck[] = missing.map((p) => ({ path: p, ok: false, error: { code: "file-missing", message: `Không tìm thấy tệp hoặc thư mục "${p}".` }, summaries: [] }));
  const checks = [
    ...missingChecks,
    ...(await checkFiles(
      files,
      (f) => f,
      async (f) => {
        const r = await readWorkbookFile(f);
        return r.ok ? r : { ok: false, error: { code: r.error.code, message: xlsxErrorMessage(r.error, args.lang) } };
      },
      ctx,
      progress,
    )),
  ];
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
  else {
    for (const c of checks) process.stdout.write(`${formatFileReport(c, args.lang)}\n`);
    process.stdout.write(`${formatSummary(checks, args.lang)}\n`);
  }
  if (checks.some((c) => !c.ok)) return 2;
  return checks.some((c) => (c.report?.counts.error ?? 0) > 0) ? 1 : 0;
}

/** Runs the command line and returns its exit code (0 no errors, 1 errors found, 2 a file could not be read). */
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
