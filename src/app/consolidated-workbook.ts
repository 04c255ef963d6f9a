import type { RollupResult } from "../core/aggregation";
import type { CellRange } from "../core/grid/grid";
import { checkStatusLabel, describeIssue, severityLabel } from "../core/messages";
import { rollupNoteMessage } from "../core/messages/rollup";
import type { SheetSpec, SpecValue } from "../core/templates/sheet-spec";
import type { FileCheck } from "./check-files";
import { fileCoverage, type FileCoverage } from "./consolidate";

const GROUP_LABELS: Record<string, string> = {
  "gia-dinh": "Gia đình học tập",
  "dong-ho": "Dòng họ học tập",
  "cong-dong-thon": "Cộng đồng học tập thôn, tổ dân phố",
  "don-vi-co-so": "Đơn vị học tập",
  "cong-dong-xa": "Cộng đồng học tập cấp xã",
  "cong-dan": "Công dân học tập",
};

const col = (c: number, top: number, bottom: number): CellRange => ({ top, bottom, left: c, right: c });

/** The consolidated summary sheet (biểu tổng hợp toàn tỉnh): one line per commune, totals from sums, rates from sums. */
export function consolidatedSummarySheet(result: RollupResult, meta: { year?: number; generatedAt: string }): SheetSpec {
  const groups = Object.keys(GROUP_LABELS).filter((g) => [...result.lines, result.total].some((l) => l.groups[g] && (l.groups[g].total ?? 0) > 0));
  const width = 3 + groups.length * 4 + 1;
  const pad = (v: SpecValue) => [v, ...new Array<SpecValue>(width - 1).fill(null)];
  const h1: SpecValue[] = ["STT", "Đơn vị", "Mã đơn vị", ...groups.flatMap((g) => [GROUP_LABELS[g], null, null, null]), "Nguồn số liệu"];
  const h2: SpecValue[] = [null, null, null, ...groups.flatMap(() => ["Tổng số", "Đăng ký", "Công nhận", "Tỷ lệ %"]), null];
  const line = (l: RollupResult["total"], i: number | null): SpecValue[] => [
    i,
    l.kind === "split" ? `${l.name} (chưa tách được)` : l.name,
    l.kind === "total" ? null : l.code,
    ...groups.flatMap((g) => {
      const s = l.groups[g];
      return [s?.total ?? null, s?.registered ?? null, s?.recognised ?? null, s?.rate ?? null];
    }),
    l.kind === "total" ? `${result.lines.length} dòng` : l.sources.join("; "),
  ];
  const first = 5;
  const rows: SpecValue[][] = [
    pad(`BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP${meta.year ? ` NĂM ${meta.year}` : ""}`),
    pad(`Tổng hợp bằng XHHT lúc ${meta.generatedAt}; ${result.by === "district" ? "theo huyện (trước 01/07/2025)" : "theo xã, phường"}`),
    h1,
    h2,
    h1.map((_, i) => `(${i + 1})`),
    ...result.lines.map((l, i) => line(l, i + 1)),
    line(result.total, null).map((v, i) => (i === 1 ? "Tổng cộng" : v)),
  ];
  const last = rows.length - 1;
  const merges: CellRange[] = [
    { top: 0, bottom: 0, left: 0, right: width - 1 },
    { top: 1, bottom: 1, left: 0, right: width - 1 },
    col(0, 2, 3),
    col(1, 2, 3),
    col(2, 2, 3),
    col(width - 1, 2, 3),
    ...groups.map((_, i) => ({ top: 2, bottom: 2, left: 3 + i * 4, right: 6 + i * 4 })),
  ];
  return {
    name: "Tổng hợp",
    rows,
    merges,
    rowStyles: { 0: "title", 1: "subtitle", 2: "header", 3: "header", 4: "numbering", [last]: "totals" },
    numberFormats: groups.flatMap((_, i) => [
      { range: { top: first, bottom: last, left: 3 + i * 4, right: 5 + i * 4 }, format: "#,##0" },
      { range: col(6 + i * 4, first, last), format: "0.0" },
    ]),
    validations: [],
    columnWidths: [6, 30, 10, ...groups.flatMap(() => [10, 10, 10, 9]), 40],
    freezeRows: 5,
  };
}

/** The status words of a file in the roll-up: never "Đạt" when nothing was checked. */
function statusText(f: FileCoverage, errors: number): string {
  if (f.status === "unreadable") return "Không đọc được";
  if (f.status !== "checked") return checkStatusLabel(f.status);
  return errors > 0 ? "Có lỗi" : "Đạt";
}

/** Why a file, or some of its models, is left out of the roll-up (empty when everything it holds is counted). */
function leftOutNote(f: FileCoverage, c: FileCheck): string | null {
  if (c.error) return c.error.message;
  if (f.status === "unchecked") return 'Chưa cộng vào tổng hợp: không nhận ra biểu mẫu. Dùng "Ghép cột" hoặc tệp biểu mẫu của tỉnh.';
  if (f.status === "empty") return "Chưa cộng vào tổng hợp: tệp không có dữ liệu.";
  if (!f.inRollup) return "Chưa cộng vào tổng hợp: không có biểu tổng hợp các mô hình.";
  return f.lacking.length > 0 ? `Không có số liệu: ${f.lacking.join(", ")}.` : null;
}

/** The sheet of files (danh sách tệp): status and counts per file, the models each holds, every file or model left out. */
export function filesSheet(checks: readonly FileCheck[]): SheetSpec {
  const rows: SpecValue[][] = [["Tệp", "Trạng thái", "Lỗi", "Cảnh báo", "Thông tin", "Mô hình có số liệu", "Ghi chú"]];
  const coverage = fileCoverage(checks);
  checks.forEach((c, i) => {
    const f = coverage[i];
    const counts = c.report?.counts;
    rows.push([c.path, statusText(f, counts?.error ?? 0), counts?.error ?? null, counts?.warning ?? null, counts?.info ?? null, f.held.join(", ") || null, leftOutNote(f, c)]);
  });
  return { name: "Danh sách tệp", rows, merges: [], rowStyles: { 0: "header" }, numberFormats: [], validations: [], columnWidths: [40, 24, 8, 10, 10, 40, 60], freezeRows: 1 };
}

/** The issue list of every file (danh sách lỗi): file, sheet, cell, severity, code and message. */
export function issuesSheet(checks: readonly FileCheck[], name = "Danh sách lỗi"): SheetSpec {
  const rows: SpecValue[][] = [["Tệp", "Trang tính", "Ô", "Mức độ", "Mã lỗi", "Nội dung", "Giá trị đọc được", "Đề xuất"]];
  for (const c of checks) {
    for (const s of c.report?.sheets ?? []) {
      for (const i of s.issues) {
        rows.push([c.path, s.sheet, i.where.address, severityLabel(i.severity), i.code, describeIssue(i), i.input ?? null, i.fix ? i.fix.value : null]);
      }
    }
  }
  return { name, rows, merges: [], rowStyles: { 0: "header" }, numberFormats: [], validations: [], columnWidths: [32, 18, 8, 10, 26, 80, 18, 18], freezeRows: 1 };
}

/** The roll-up notes (ghi chú): rows that could not be placed or were mapped, never dropped silently. */
export function notesSheet(result: RollupResult): SheetSpec {
  const rows: SpecValue[][] = [["Nguồn", "Đơn vị ghi", "Đã cộng", "Ghi chú"]];
  for (const n of result.notes) rows.push([n.source, n.unitName, n.placed ? "Có" : "Không", rollupNoteMessage(n)]);
  return { name: "Ghi chú tổng hợp", rows, merges: [], rowStyles: { 0: "header" }, numberFormats: [], validations: [], columnWidths: [40, 28, 10, 80], freezeRows: 1 };
}

/** Every sheet of the consolidated workbook, in order. */
export function consolidatedWorkbook(result: RollupResult, checks: readonly FileCheck[], meta: { year?: number; generatedAt: string }): SheetSpec[] {
  return [consolidatedSummarySheet(result, meta), filesSheet(checks), issuesSheet(checks), notesSheet(result)];
}
