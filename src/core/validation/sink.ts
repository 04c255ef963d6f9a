import { a1, columnLetter } from "../grid/a1";
import { isCellError, type CellValue } from "../grid/grid";
import type { Fix, Issue, IssueCode, PlainValue, Severity } from "./issue";

/** Collects the issues of one sheet, turning 0-based positions into addresses (nơi ghi nhận lỗi). */
export class IssueSink {
  readonly issues: Issue[] = [];

  constructor(
    readonly sheet: string,
    readonly templateId: string | undefined,
  ) {}

  /** Records an issue at a 0-based sheet cell. */
  add(
    code: IssueCode,
    severity: Severity,
    row: number,
    col: number,
    params: Record<string, string | number> = {},
    extra: { input?: CellValue; fix?: Fix; fieldId?: string } = {},
  ): void {
    const issue: Issue = {
      code,
      severity,
      where: {
        sheet: this.sheet,
        address: a1(row, col),
        row: row + 1,
        column: columnLetter(col),
        ...(this.templateId ? { templateId: this.templateId } : {}),
        ...(extra.fieldId ? { fieldId: extra.fieldId } : {}),
      },
      ...(extra.input !== undefined ? { input: plain(extra.input) } : {}),
      params,
      ...(extra.fix ? { fix: extra.fix } : {}),
    };
    this.issues.push(issue);
  }
}

/** A cell value as it can be carried in a report: Excel errors become their text. */
export function plain(v: CellValue): PlainValue {
  return isCellError(v) ? v.error : v;
}

/** A value as an officer would read it in a message ("12,5", "Có", "#DIV/0!", "(trống)"). */
export function shown(v: CellValue): string {
  if (v === null || v === "") return "(trống)";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return formatNumberVi(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Formats a number the Vietnamese way: "1.234,5" (up to 2 decimals by default). */
export function formatNumberVi(n: number, decimals = 2): string {
  const fixed = Number.isInteger(n) ? String(n) : String(Math.round(n * 10 ** decimals) / 10 ** decimals);
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${grouped}${frac ? `,${frac}` : ""}`;
}
