import { writeFileSync } from "node:fs";
import { readWorkbookFile } from "../../adapters/xlsx/node-file";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { checkFiles } from "../../app/check-files";
import { statusInputOf } from "../../app/status";
import { statusSheet, toStatusJson } from "../../app/status-report";
import type { Lang } from "../../core/messages";
import { placementNote, receiptLabel, statusLabel, statusList, type StatusInput, type StatusList } from "../../core/status";
import { expandPaths } from "./files";
import { loadProvinceFile } from "./province-file";

/** Parsed `xhht status` command line. */
export interface StatusArgs {
  readonly paths: readonly string[];
  readonly year?: number;
  readonly province?: string;
  readonly json: boolean;
  readonly output?: string;
  readonly lang: Lang;
}

/** Usage of `xhht status`. */
export const STATUS_USAGE = "xhht status [--year YYYY] [--province HO-SO.json] [--json] [-o tinh-hinh.xlsx] [--lang vi|en] <tệp|thư mục>...";

/** Reads the options of `xhht status`; an unknown option or a bad value is a usage error. */
export function parseStatusArgs(argv: readonly string[]): StatusArgs | { message: string } {
  const paths: string[] = [];
  const out: { year?: number; province?: string; output?: string; json: boolean; lang: Lang } = { json: false, lang: "vi" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === "--json") out.json = true;
    else if (a === "--year") {
      if (!v || !/^\d{4}$/.test(v)) return { message: `--year cần một năm 4 chữ số (ví dụ --year 2025), nhận được "${v ?? ""}".` };
      out.year = Number(v);
      i += 1;
    } else if (a === "--province" || a === "-o" || a === "--output") {
      if (!v) return { message: a === "--province" ? "--province cần đường dẫn tệp hồ sơ tỉnh (.json)." : "-o cần tên tệp .xlsx để ghi." };
      if (a === "--province") out.province = v;
      else out.output = v;
      i += 1;
    } else if (a === "--lang") {
      if (v !== "vi" && v !== "en") return { message: `--lang nhận "vi" hoặc "en".` };
      out.lang = v;
      i += 1;
    } else if (a.startsWith("-")) return { message: `Tuỳ chọn không biết: "${a}".` };
    else paths.push(a);
  }
  if (paths.length === 0) return { message: "Thiếu tệp hoặc thư mục báo cáo cần xem tình hình nộp." };
  return { ...out, paths };
}

function todayDate(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The year most files name, or the year before today's when none does (reports are made for the year just ended). */
function commonYear(inputs: readonly StatusInput[], today: { year: number; month: number }): number {
  const counts = new Map<number, number>();
  for (const f of inputs) for (const s of f.report?.sheets ?? []) if (s.reportYear !== null) counts.set(s.reportYear, (counts.get(s.reportYear) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : today.month >= 10 ? today.year : today.year - 1;
}

/** The list as text: deadline, one line per unit with its files, files listed apart, and the counts. */
export function formatStatus(list: StatusList, lang: Lang): string {
  const en = lang === "en";
  const d = list.nextDeadline;
  const lines = [`${list.province.name} — ${en ? "reports of" : "báo cáo năm"} ${list.year}`];
  lines.push(d === null ? (en ? "Every deadline of the year has passed." : "Đã qua mọi hạn nộp của năm.") : `${en ? "Next deadline" : "Hạn gần nhất"}: ${d.deadline.label} ${d.date.day}/${d.date.month}/${d.date.year} (${en ? `${d.daysLeft} days left` : `còn ${d.daysLeft} ngày`})`);
  const fileLine = (f: StatusList["apart"][number]) =>
    `      ${f.path}: ${statusLabel(f.status, lang)}${f.errors ? ` (${f.errors} ${en ? "errors" : "lỗi"})` : ""}; ${receiptLabel(f.receipt, lang)}${[placementNote(f.placement, lang), f.problem].filter(Boolean).map((x) => `; ${x}`).join("")}`;
  for (const u of list.units) {
    lines.push(`${u.status === "submitted" ? "✓" : u.status === "missing" ? "·" : "✗"} ${u.unit.code}  ${u.unit.name}: ${statusLabel(u.status, lang)}`);
    for (const f of u.files) lines.push(fileLine(f));
  }
  if (list.apart.length) {
    lines.push(en ? "Files outside the roster:" : "Tệp ngoài danh sách đơn vị:");
    for (const f of list.apart) lines.push(fileLine(f));
  }
  const s = list.summary;
  lines.push(
    en
      ? `${s.expected} units: ${s.submitted} submitted, ${s.errors} with errors, ${s.unchecked} unrecognised, ${s.unreadable} unreadable, ${s.missing} missing.`
      : `${s.expected} đơn vị: ${s.submitted} đã nộp không lỗi, ${s.errors} còn lỗi, ${s.unchecked} không nhận ra biểu mẫu, ${s.unreadable} không đọc được, ${s.missing} chưa nộp.`,
  );
  return lines.join("\n");
}

/**
 * Runs `xhht profile [--province FILE] [-o FILE]`: writes the profile in use (the built-in Lào Cai one unless a file is
 * given) as JSON, the starting point of a province's own file.
 */
export function runProfile(argv: readonly string[]): number {
  const args = parseStatusArgs([...argv, "."]);
  if ("message" in args || args.paths.length > 1 || args.year !== undefined || args.json) {
    process.stderr.write(`${"message" in args ? args.message : "xhht profile chỉ nhận --province và -o."}\n\nCách dùng: xhht profile [--province HO-SO.json] [-o ho-so-tinh.json]\n`);
    return 2;
  }
  const loaded = loadProvinceFile(args.province);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n`);
    return 2;
  }
  const text = `${JSON.stringify(loaded.value.profile, null, 2)}\n`;
  if (args.output) writeFileSync(args.output, text);
  else process.stdout.write(text);
  return 0;
}

/** Runs `xhht status`: 0 when every unit submitted without errors, 1 otherwise, 2 when an input cannot be read. */
export async function runStatus(argv: readonly string[]): Promise<number> {
  try {
    return await status(argv);
  } catch (e) {
    process.stderr.write(`Lỗi không mong đợi của XHHT: ${(e as Error).message}\nHãy báo lỗi kèm lệnh đã chạy (xem SECURITY.md).\n`);
    return 2;
  }
}

async function status(argv: readonly string[]): Promise<number> {
  const args = parseStatusArgs(argv);
  if ("message" in args) {
    process.stderr.write(`${args.message}\n\nCách dùng: ${STATUS_USAGE}\n`);
    return 2;
  }
  const loaded = loadProvinceFile(args.province);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.error}\n`);
    return 2;
  }
  const today = todayDate();
  const { files, missing } = expandPaths(args.paths);
  for (const p of missing) process.stderr.write(`Không tìm thấy tệp hoặc thư mục "${p}".\n`);
  const ctx = { today, ...(args.year ? { reportYear: args.year } : {}), scopeProvinceCode: loaded.value.profile.provinceCode, criteriaSets: loaded.value.criteriaSets, columnMaps: loaded.value.columnMaps };
  const checks = await checkFiles(
    files,
    (f) => f,
    async (f) => {
      const r = await readWorkbookFile(f);
      return r.ok ? r : { ok: false, error: { code: r.error.code, message: xlsxErrorMessage(r.error, args.lang) } };
    },
    ctx,
  );
  const inputs = checks.map(statusInputOf);
  const list = statusList(loaded.value.profile, inputs, { year: args.year ?? commonYear(inputs, today), today });
  if (!list.ok) {
    process.stderr.write(`${list.error}\n`);
    return 2;
  }
  if (args.json) process.stdout.write(`${JSON.stringify(toStatusJson(list.value, args.lang), null, 2)}\n`);
  else process.stdout.write(`${formatStatus(list.value, args.lang)}\n`);
  if (args.output) {
    const now = new Date();
    const stamp = `${String(now.getDate()).padStart(2, "0")}/${String(now.getMonth() + 1).padStart(2, "0")}/${now.getFullYear()} ${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
    writeFileSync(args.output, await writeWorkbook([statusSheet(list.value, stamp)], { creator: "XHHT", title: "Tình hình nộp báo cáo" }));
    process.stderr.write(`${args.lang === "en" ? "Wrote" : "Đã ghi"} ${args.output}\n`);
  }
  if (missing.length > 0 || list.value.summary.unreadable > 0 || list.value.apart.some((f) => f.status === "unreadable")) return 2;
  const s = list.value.summary;
  return s.submitted === s.expected ? 0 : 1;
}
