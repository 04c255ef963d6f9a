import { quoteSheetName } from "../core/grid/a1";
import { checkStatusLabel, issueMessage, severityLabel } from "../core/messages";
import type { SheetSpec, SpecValue } from "../core/templates/sheet-spec";
import { sheetStatus, sortIssues, uncheckedSheets, type WorkbookReport } from "../core/validation/report";

/** Name of the sheet the check report is written to. */
export const CHECK_REPORT_SHEET = "Kết quả kiểm tra";

/** What the report states besides the issues: when (given by the entry), criteria set, and data fingerprints. */
export interface CheckReportMeta {
  /** Time of the check as the entry formats it ("2025-03-14 09:30"); the app has no clock. */
  readonly now: string;
  /** Criteria set used ("tt-22-2020 v1"), when any. */
  readonly criteriaSet?: string;
  readonly fingerprints: Readonly<Record<string, string>>;
}

const HEADER = ["STT", "Trang tính", "Ô", "Mức độ", "Mã lỗi", "Nội dung", "Giá trị đã nhập", "Đề xuất sửa"];
const FIRST_ISSUE_ROW = 7;

/** The "Kết quả kiểm tra" sheet: who/what/when lines, then one row per issue with a link to its cell. */
export function checkReportSheet(report: WorkbookReport, meta: CheckReportMeta): SheetSpec {
  const width = HEADER.length;
  const line = (text: string): SpecValue[] => [text, ...new Array<SpecValue>(width - 1).fill(null)];
  const templates = report.sheets.map((s) => `${s.sheet}: ${s.templateId ?? checkStatusLabel(sheetStatus(s))}`).join("; ");
  const prints = Object.entries(meta.fingerprints)
    .map(([s, f]) => `${s}: ${f}`)
    .join("; ");
  const c = report.counts;
  const issues = sortIssues(report.sheets.flatMap((s) => s.issues));
  const links: Record<string, string> = {};
  const rows: SpecValue[][] = [
    line("KẾT QUẢ KIỂM TRA BÁO CÁO (XHHT)"),
    line(`Thời điểm kiểm tra: ${meta.now}`),
    line(`Biểu mẫu: ${templates || "—"}. Bộ tiêu chí: ${meta.criteriaSet ?? "mặc định"}`),
    line(`Dấu vân tay dữ liệu: ${prints || "—"}`),
    line(`Tổng cộng: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} thông tin${uncheckedSheets(report).length > 0 ? `; ${uncheckedSheets(report).length} trang chưa kiểm tra được (không nhận ra biểu mẫu)` : ""}`),
    line(""),
    HEADER,
  ];
  issues.forEach((i, n) => {
    const r = FIRST_ISSUE_ROW + n;
    links[`${r},2`] = `${quoteSheetName(i.where.sheet)}!${i.where.address}`;
    rows.push([n + 1, i.where.sheet, i.where.address, severityLabel(i.severity), i.code, issueMessage(i), i.input ?? null, i.fix ? i.fix.value : null]);
  });
  return {
    name: CHECK_REPORT_SHEET,
    rows,
    merges: [],
    rowStyles: { 0: "title", 1: "subtitle", 2: "subtitle", 3: "note", 4: "subtitle", 6: "header" },
    numberFormats: [],
    validations: [],
    columnWidths: [6, 20, 8, 10, 26, 70, 20, 20],
    freezeRows: FIRST_ISSUE_ROW,
    links,
  };
}
