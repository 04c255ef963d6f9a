import type { IssueCode } from "../validation/issue";
import type { CheckStatus } from "../validation/report";
import type { Lang } from "./index";

/** A short name for each kind of problem (loại lỗi), for filters and counts; exhaustive over the codes. */
export function issueKindLabel(code: IssueCode, lang: Lang = "vi"): string {
  const [vi, en] = KIND[code];
  return lang === "en" ? en : vi;
}

const KIND: Record<IssueCode, readonly [string, string]> = {
  "sheet-empty": ["Trang trống", "Empty sheet"],
  "merges-unread": ["Không đọc được ô gộp", "Merged areas not read"],
  "no-template-match": ["Không nhận ra biểu mẫu", "No template recognised"],
  "unknown-column": ["Cột ngoài biểu mẫu", "Column outside the template"],
  "no-data-rows": ["Không có hàng dữ liệu", "No data rows"],
  "second-table": ["Bảng thứ hai trên trang", "Second table on the sheet"],
  "report-year-missing": ["Thiếu năm báo cáo", "Report year missing"],
  "report-year-future": ["Năm báo cáo ở tương lai", "Report year in the future"],
  "required-missing": ["Thiếu dữ liệu bắt buộc", "Required value missing"],
  "excel-error": ["Lỗi công thức", "Formula error"],
  "number-invalid": ["Không phải số", "Not a number"],
  "number-ambiguous": ["Số không rõ dấu phân cách", "Ambiguous separator"],
  "number-as-text": ["Số lưu dạng chữ", "Number stored as text"],
  "count-not-whole": ["Số lượng không nguyên", "Count not whole"],
  "count-negative": ["Số lượng âm", "Negative count"],
  "value-out-of-range": ["Ngoài khoảng cho phép", "Out of range"],
  "boolean-invalid": ["Không phải Có/Không", "Not yes/no"],
  "choice-invalid": ["Giá trị không thuộc danh sách", "Not in the list"],
  "text-not-nfc": ["Unicode tổ hợp (NFD)", "Decomposed Unicode (NFD)"],
  "text-legacy-encoding": ["Bảng mã cũ TCVN3/VNI", "Legacy TCVN3/VNI text"],
  "recognised-exceeds-registered": ["Công nhận > đăng ký", "Recognised > registered"],
  "registered-exceeds-total": ["Đăng ký > tổng số", "Registered > total"],
  "recognised-exceeds-total": ["Công nhận > tổng số", "Recognised > total"],
  "rate-mismatch": ["Tỷ lệ sai", "Wrong rate"],
  "rate-wrong-denominator": ["Tỷ lệ tính sai mẫu số", "Rate over the wrong denominator"],
  "rate-over-100": ["Tỷ lệ trên 100%", "Rate above 100%"],
  "rate-zero-total": ["Tỷ lệ khi tổng số bằng 0", "Rate with a zero total"],
  "points-total-mismatch": ["Tổng điểm sai", "Wrong total points"],
  "birth-year-implausible": ["Năm sinh bất thường", "Implausible birth year"],
  "result-disagrees": ["Kết quả khác kết quả tính", "Result differs from the computed one"],
  "result-missing": ["Chưa ghi kết quả", "Result not written"],
  "duplicate-unit": ["Trùng đơn vị", "Duplicate unit"],
  "duplicate-person": ["Trùng người", "Duplicate person"],
  "duplicate-household": ["Trùng hộ", "Duplicate household"],
  "ordinal-sequence": ["Số thứ tự không liên tục", "Row numbers out of sequence"],
  "totals-mismatch": ["Hàng tổng cộng sai", "Totals row wrong"],
  "totals-rate-averaged": ["Tỷ lệ tổng là trung bình cộng", "Totals rate averaged"],
  "subtotal-mismatch": ["Hàng cộng huyện sai", "District sub-total wrong"],
  "unit-unknown": ["Đơn vị không có trong danh mục", "Unknown unit"],
  "unit-near-miss": ["Tên đơn vị viết sai", "Misspelled unit"],
  "unit-spelling-variant": ["Cách viết khác của tên đơn vị", "Unit spelling variant"],
  "unit-wrong-district": ["Xã ghi sai huyện", "Commune under the wrong district"],
  "unit-merged": ["Đơn vị cũ đã sáp nhập", "Merged former unit"],
  "unit-out-of-scope": ["Đơn vị tỉnh khác", "Unit of another province"],
  "unit-not-in-year": ["Đơn vị không có trong năm báo cáo", "Unit not in the report year"],
  "unit-ambiguous": ["Tên đơn vị trùng nhau", "Ambiguous unit name"],
  "unit-code-mismatch": ["Mã và tên đơn vị không khớp", "Unit code and name disagree"],
  "below-target": ["Dưới mục tiêu", "Below target"],
  "unit-level-missing": ["Thiếu cấp đơn vị", "Unit level missing"],
  "unit-level-ended": ["Cấp huyện đã kết thúc", "District level ended"],
  "association-status-blank": ["Chưa ghi chi hội khuyến học", "Association status blank"],
  "recognition-expired": ["Công nhận đã hết hạn", "Recognition expired"],
  "recognition-too-early": ["Mức độ 2 quá sớm", "Level 2 too early"],
  "unit-layout-mismatch": ["Biểu không hợp bộ tiêu chí", "Form does not fit the criteria set"],
  "birth-year-impossible": ["Năm sinh không thể đúng", "Impossible birth year"],
  "column-unconfirmed": ["Cột cần xác nhận", "Column to confirm"],
  "indicator-unknown": ["Chỉ số không có trong bộ tiêu chí", "Unknown indicator"],
  "indicator-duplicate": ["Chỉ số ghi hai lần", "Indicator written twice"],
  "indicator-missing": ["Thiếu chỉ số", "Indicator missing"],
  "self-assessment-invalid": ["Tự đánh giá không hợp lệ", "Invalid self-assessment"],
  "self-assessment-blank": ["Chưa tự đánh giá", "Not self-assessed"],
  "commune-name-missing": ["Thiếu tên xã", "Commune name missing"],
  "level-sought-not-reached": ["Chưa đạt mức đề nghị", "Level sought not reached"],
  "criterion-assessment-disagrees": ["Tiêu chí ghi khác các chỉ số", "Criterion differs from its indicators"],
};

/** The words for whether a sheet or file was checked: never "passed" when no template was recognised. */
export function checkStatusLabel(status: CheckStatus, lang: Lang = "vi"): string {
  const [vi, en] = STATUS[status];
  return lang === "en" ? en : vi;
}

const STATUS: Record<CheckStatus, readonly [string, string]> = {
  checked: ["Đã kiểm tra", "Checked"],
  unchecked: ["Chưa kiểm tra được — không nhận ra biểu mẫu", "Not checked — no template recognised"],
  empty: ["Trống — không có gì để kiểm tra", "Empty — nothing to check"],
};
