import { writeFileSync } from "node:fs";
import { readWorkbookFile } from "../../adapters/xlsx/node-file";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { checkFiles } from "../../app/check-files";
import { changeText, groupLabel, trendOfFiles, trendSheet } from "../../app/trend";
import type { Trend } from "../../core/trend";
import { expandPaths } from "./files";
import { loadProvinceFile } from "./province-file";
import { parseStatusArgs } from "./status";

/** Usage of `xhht trend`. */
export const TREND_USAGE = "xhht trend [--province HO-SO.json] [--json] [-o theo-nam.xlsx] <tệp|thư mục của nhiều năm>...";

const pct = (x: number | null) => (x === null ? "—" : `${(Math.round(x * 10) / 10).toLocaleString("vi-VN")}%`);

/** The province's rates year by year per model, against the target of each year, then the notable changes. */
export function formatTrend(trend: Trend): string {
  const lines = [`Các năm: ${trend.years.join(", ") || "—"}`];
  for (const g of trend.groups) {
    const points = trend.province.groups[g] ?? [];
    if (points.every((p) => p.rate === null)) continue;
    lines.push(`${groupLabel(g)}: ${points.map((p) => `${p.year} ${pct(p.rate)}${p.target ? ` (chỉ tiêu ${p.target.percent}% đến ${p.target.byYear})` : ""}`).join("; ")}`);
  }
  for (const c of trend.changes) lines.push(`  ℹ ${changeText(c)}`);
  for (const s of trend.split) lines.push(`  ⚠ ${s.year}: ${s.line.name} đã chia cho nhiều xã, phường mới; số liệu để riêng.`);
  return lines.join("\n");
}

/** Runs `xhht trend`: 0 when every file was read, 2 when an input could not be read (the others are still used). */
export async function runTrend(argv: readonly string[]): Promise<number> {
  try {
    const args = parseStatusArgs(argv);
    if ("message" in args || args.year !== undefined) {
      process.stderr.write(`${"message" in args ? args.message : "--year không dùng với xhht trend: năm đọc từ từng tệp."}\n\nCách dùng: ${TREND_USAGE}\n`);
      return 2;
    }
    const loaded = loadProvinceFile(args.province);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.error}\n`);
      return 2;
    }
    const d = new Date();
    const { files, missing } = expandPaths(args.paths);
    for (const p of missing) process.stderr.write(`Không tìm thấy tệp hoặc thư mục "${p}".\n`);
    const ctx = { today: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }, scopeProvinceCode: loaded.value.profile.provinceCode, criteriaSets: loaded.value.criteriaSets, columnMaps: loaded.value.columnMaps };
    const checks = await checkFiles(files, (f) => f, async (f) => {
      const r = await readWorkbookFile(f);
      return r.ok ? r : { ok: false, error: { code: r.error.code, message: xlsxErrorMessage(r.error, args.lang) } };
    }, ctx);
    for (const c of checks) if (!c.ok) process.stderr.write(`${c.error?.message ?? c.path}\n`);
    const { trend, withoutYear } = trendOfFiles(checks, { targets: loaded.value.profile.targets, provinceCode: loaded.value.profile.provinceCode });
    for (const w of withoutYear) process.stderr.write(`Không rõ năm báo cáo, không đưa vào so sánh: ${w}\n`);
    process.stdout.write(args.json ? `${JSON.stringify(trend, null, 2)}\n` : `${formatTrend(trend)}\n`);
    if (args.output) {
      const stamp = `${String(d.getDate()).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
      writeFileSync(args.output, await writeWorkbook([trendSheet(trend, stamp)], { creator: "XHHT", title: "Theo năm" }));
      process.stderr.write(`Đã ghi ${args.output}\n`);
    }
    return missing.length > 0 || checks.some((c) => !c.ok) ? 2 : 0;
  } catch (e) {
    process.stderr.write(`Lỗi không mong đợi của XHHT: ${(e as Error).message}\nHãy báo lỗi kèm lệnh đã chạy (xem SECURITY.md).\n`);
    return 2;
  }
}
