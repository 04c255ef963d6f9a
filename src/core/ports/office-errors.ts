/** Codes of the Office adapter's failures (lỗi khi làm việc với Excel): stable ids, each with a Vietnamese message. */
export const OFFICE_ERROR_CODES = [
  "office-sync-failed",
  "office-requirement-missing",
  "office-sheet-missing",
  "office-sheet-exists",
  "office-too-large",
  "office-busy",
  "office-state-corrupt",
  "office-unavailable",
  "office-sheet-hidden",
] as const;

/** An Office adapter failure code. */
export type OfficeErrorCode = (typeof OFFICE_ERROR_CODES)[number];

/** A failure as data for the officer: the code, its Vietnamese message, and a technical detail for logs only. */
export interface OfficeFailure {
  readonly code: OfficeErrorCode;
  readonly message: string;
  /** Raw technical text (Excel's error code); never shown to an officer, kept for the log. */
  readonly detail?: string;
}

/** A warning raised while writing (cảnh báo), e.g. a feature skipped because this Excel is too old. */
export interface OfficeWarning {
  readonly code: OfficeErrorCode;
  readonly message: string;
}

/** The Vietnamese message of a failure code; `subject` names the sheet or the feature when there is one. */
export function officeMessage(code: OfficeErrorCode, subject?: string): string {
  switch (code) {
    case "office-sync-failed":
      return "Không trao đổi được dữ liệu với Excel. Bảng tính chưa bị thay đổi bởi lần này; vui lòng thử lại.";
    case "office-requirement-missing":
      return `Phiên bản Excel này chưa hỗ trợ ${subject ?? "chức năng cần dùng"}; hãy cập nhật Excel hoặc dùng Excel trên web.`;
    case "office-sheet-missing":
      return `Không tìm thấy trang tính${subject ? ` "${subject}"` : ""}. Có thể trang đã bị đổi tên hoặc xóa.`;
    case "office-sheet-exists":
      return `Trang tính${subject ? ` "${subject}"` : ""} đã có sẵn; XHHT không ghi đè trang của người dùng.`;
    case "office-too-large":
      return "Vùng dữ liệu quá lớn để Excel gửi trong một lần; hãy thu hẹp vùng hoặc tách trang tính.";
    case "office-busy":
      return "Excel đang bận (có thể đang sửa một ô). Hãy nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại.";
    case "office-state-corrupt":
      return "Dữ liệu lưu của XHHT trong sổ tính bị hỏng; phần đó được bỏ qua.";
    case "office-unavailable":
      return "Không kết nối được với Excel. Hãy mở XHHT từ trong Excel.";
    case "office-sheet-hidden":
      return `Trang tính${subject ? ` "${subject}"` : ""} đang ẩn nên Excel không chọn được ô trên đó. Hãy bỏ ẩn trang (chuột phải vào một thẻ trang → Bỏ ẩn) rồi bấm lại.`;
  }
}

/** Builds a failure with its Vietnamese message. */
export function officeFailure(code: OfficeErrorCode, subject?: string, detail?: string): OfficeFailure {
  return detail === undefined ? { code, message: officeMessage(code, subject) } : { code, message: officeMessage(code, subject), detail };
}

/** The error a workbook port throws: carries an Office failure, so no raw exception text reaches an officer. */
export class OfficePortError extends Error {
  readonly failure: OfficeFailure;
  constructor(failure: OfficeFailure) {
    super(failure.code);
    this.name = "OfficePortError";
    this.failure = failure;
  }
}

/** True when a value is an OfficePortError (also across module copies, by shape). */
export function isOfficePortError(e: unknown): e is OfficePortError {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "OfficePortError" && "failure" in e;
}

/** Any thrown value as an Office failure: port errors keep their code, anything else is a failed sync. */
export function toOfficeFailure(e: unknown): OfficeFailure {
  if (isOfficePortError(e)) return e.failure;
  const detail = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
  return officeFailure("office-sync-failed", undefined, detail);
}
