import type { Issue } from "../validation/issue";

type P = Issue["params"];
const s = (p: P, k: string): string => String(p[k] ?? "");

const HOW_VI: Record<string, string> = { position: "chỉ đoán theo vị trí cột", "ambiguous-abbreviation": "chữ viết tắt có thể chỉ hai mô hình" };
const ROLE_VI: Record<string, string> = { total: "tổng số", registered: "số đăng ký", recognised: "số công nhận" };

/** The Vietnamese message of an issue, without its location (thông báo lỗi). Exhaustive: a new code must be added here. */
export function issueMessageVi(issue: Issue): string {
  const p = issue.params;
  switch (issue.code) {
    case "sheet-empty":
      return "Trang tính trống: không có dữ liệu để kiểm tra.";
    case "merges-unread":
      return "Trang có hơn 512 vùng ô gộp nên Excel không liệt kê được; XHHT vẫn kiểm tra các giá trị nhưng không dùng thông tin ô gộp (tiêu đề gộp có thể được nhận ra kém hơn).";
    case "no-template-match":
      return s(p, "closest")
        ? `Chưa kiểm tra được — không nhận ra biểu mẫu. Gần nhất là "${s(p, "closest")}" nhưng thiếu cột: ${s(p, "missing")}. Dùng "Ghép cột" để chỉ cột nào là gì.`
        : "Chưa kiểm tra được — không nhận ra biểu mẫu (không thấy dòng tiêu đề cột quen thuộc). Dùng \"Ghép cột\" để chỉ cột nào là gì.";
    case "unknown-column":
      return `Cột "${s(p, "header")}" không thuộc biểu mẫu: vẫn giữ nguyên, không kiểm tra.`;
    case "no-data-rows":
      return `Đã nhận ra biểu "${s(p, "template")}" nhưng không có hàng dữ liệu nào dưới tiêu đề.`;
    case "second-table":
      return `Từ hàng ${s(p, "row")} có một bảng khác; XHHT chỉ kiểm tra bảng đầu tiên (hàng ${s(p, "first")}–${s(p, "last")}). Hãy chuyển bảng đó sang một trang riêng để kiểm tra.`;
    case "report-year-missing":
      return "Không thấy năm báo cáo trong dòng tiêu đề (ví dụ \"... NĂM 2024\"). Hãy ghi năm vào tiêu đề hoặc chọn năm trong Cài đặt.";
    case "report-year-future":
      return `Năm báo cáo ${s(p, "year")} ở tương lai (năm hiện tại ${s(p, "today")}).`;
    case "required-missing":
      return `Thiếu "${s(p, "field")}": ô này bắt buộc phải có.`;
    case "excel-error":
      return `"${s(p, "field")}" có lỗi công thức ${s(p, "value")}: sửa công thức hoặc nhập giá trị.`;
    case "number-invalid":
      return `"${s(p, "field")}" là "${s(p, "value")}", không phải ${s(p, "expected") || "số"}.`;
    case "number-ambiguous":
      return `"${s(p, "field")}" là "${s(p, "value")}": không rõ dấu chấm/phẩy là phân cách hàng nghìn hay thập phân. Hãy nhập ${s(p, "expected") || "số"} không có dấu phân cách.`;
    case "number-as-text":
      return `"${s(p, "field")}" là số nhưng được lưu dạng chữ ("${s(p, "value")}"). Nên đổi thành số${p.number !== undefined ? ` ${s(p, "number")}` : ""}.`;
    case "count-not-whole":
      return `"${s(p, "field")}" là ${s(p, "value")}: số lượng phải là số nguyên.`;
    case "count-negative":
      return `"${s(p, "field")}" là ${s(p, "value")}: số lượng không được âm.`;
    case "value-out-of-range":
      return `"${s(p, "field")}" là ${s(p, "value")}, ngoài khoảng cho phép ${s(p, "min")}–${s(p, "max")}.`;
    case "boolean-invalid":
      return `"${s(p, "field")}" là "${s(p, "value")}": hãy ghi Có hoặc Không.`;
    case "choice-invalid":
      return `"${s(p, "field")}" là "${s(p, "value")}", không thuộc các giá trị: ${s(p, "choices")}.`;
    case "text-not-nfc":
      return `"${s(p, "value")}" được gõ ở dạng Unicode tổ hợp (NFD); nên chuyển sang Unicode dựng sẵn (NFC) để tìm kiếm và so khớp đúng.`;
    case "text-legacy-encoding":
      return `"${s(p, "value")}" được gõ bằng bảng mã cũ ${s(p, "encoding")}; đọc là "${s(p, "text")}". Nên chuyển sang Unicode.`;
    case "recognised-exceeds-registered":
      return `${s(p, "group")}: số công nhận (${s(p, "recognised")}) lớn hơn số đăng ký (${s(p, "registered")}).`;
    case "registered-exceeds-total":
      return `${s(p, "group")}: số đăng ký (${s(p, "registered")}) lớn hơn tổng số (${s(p, "total")}).`;
    case "recognised-exceeds-total":
      return `${s(p, "group")}: số công nhận (${s(p, "recognised")}) lớn hơn tổng số (${s(p, "total")}).`;
    case "rate-mismatch":
      return `${s(p, "group")}: tỷ lệ ghi ${s(p, "rate")}% nhưng ${s(p, "numerator")}/${s(p, "total")} = ${s(p, "expected")}%.`;
    case "rate-wrong-denominator":
      return `${s(p, "group")}: tỷ lệ ${s(p, "rate")}% được tính trên số đăng ký (${s(p, "registered")}) thay vì tổng số (${s(p, "total")}); đúng là ${s(p, "expected")}%.`;
    case "rate-over-100":
      return `${s(p, "group")}: tỷ lệ ${s(p, "rate")}% vượt quá 100%.`;
    case "rate-zero-total":
      return `${s(p, "group")}: tổng số bằng 0 nên ô tỷ lệ phải để trống hoặc ghi 0 (không để #DIV/0!).`;
    case "points-total-mismatch":
      return `Tổng điểm ghi ${s(p, "stated")} nhưng cộng các tiêu chí được ${s(p, "sum")}.`;
    case "birth-year-implausible":
      return `Năm sinh ${s(p, "born")} cho tuổi ${s(p, "age")} vào năm ${s(p, "year")}: ngoài khoảng 15–100 tuổi.`;
    case "result-disagrees":
      return `Kết quả ghi "${s(p, "written")}" nhưng tính theo bộ tiêu chí${s(p, "set") ? ` ${s(p, "set")}` : ""} là "${s(p, "computed")}"${s(p, "reason") ? `: ${s(p, "reason")}` : ""}.`;
    case "result-missing":
      return `Chưa ghi kết quả; tính theo bộ tiêu chí${s(p, "set") ? ` ${s(p, "set")}` : ""} là "${s(p, "computed")}".`;
    case "duplicate-unit":
      return `"${s(p, "name")}" xuất hiện hai lần (lần đầu ở hàng ${s(p, "firstRow")}).`;
    case "duplicate-person":
      return `Người "${s(p, "name")}" (cùng năm sinh và thôn) đã có ở hàng ${s(p, "firstRow")}.`;
    case "duplicate-household":
      return `Hộ "${s(p, "name")}" trong cùng thôn đã có ở hàng ${s(p, "firstRow")}.`;
    case "ordinal-sequence":
      return `Số thứ tự là ${s(p, "value")}, đáng lẽ là ${s(p, "expected")}.`;
    case "totals-mismatch":
      return `Hàng tổng cộng — ${s(p, "group")}, ${ROLE_VI[s(p, "field")] ?? s(p, "field")}: ghi ${s(p, "stated")} nhưng cộng ${s(p, "parts")} đơn vị được ${s(p, "sum")}.`;
    case "totals-rate-averaged":
      return `Hàng tổng cộng — ${s(p, "group")}: tỷ lệ ${s(p, "rate")}% là trung bình cộng các tỷ lệ; phải tính từ tổng số: ${s(p, "expected")}%.`;
    case "subtotal-mismatch":
      return `Hàng cộng của huyện — ${s(p, "group")}, ${ROLE_VI[s(p, "field")] ?? s(p, "field")}: ghi ${s(p, "stated")} nhưng cộng ${s(p, "parts")} xã được ${s(p, "sum")}.`;
    case "unit-unknown":
      return `"${s(p, "name")}" không có trong danh mục đơn vị hành chính (${s(p, "period")}).`;
    case "unit-near-miss":
      return `"${s(p, "name")}" không có trong danh mục; có phải là: ${s(p, "suggestions")}?`;
    case "unit-spelling-variant":
      return `"${s(p, "name")}" là cách viết khác của "${s(p, "canonical")}".`;
    case "unit-wrong-district":
      return `"${s(p, "name")}" thuộc ${s(p, "district")}, nhưng được ghi dưới ${s(p, "listedUnder")}.`;
    case "unit-merged":
      return `"${s(p, "name")}" là đơn vị cũ (trước 01/07/2025); nay thuộc: ${s(p, "successors")}.`;
    case "unit-out-of-scope":
      return `"${s(p, "name")}" thuộc tỉnh khác (${s(p, "province")}), ngoài phạm vi báo cáo.`;
    case "unit-not-in-year":
      return `"${s(p, "name")}" chưa có hoặc đã không còn vào năm báo cáo (có trong danh mục từ ${s(p, "firstSeen")} đến ${s(p, "lastSeen")}).`;
    case "unit-ambiguous":
      return `Có nhiều đơn vị tên "${s(p, "name")}" (${s(p, "candidates")}): hãy ghi mã đơn vị hoặc ghi dưới đúng huyện.`;
    case "unit-code-mismatch":
      return `Mã đơn vị ${s(p, "code")} ${s(p, "byCode") ? `là của "${s(p, "byCode")}"` : "không có trong danh mục"}, không khớp với tên "${s(p, "name")}".`;
    case "below-target":
      return `${s(p, "group")}: đạt ${s(p, "rate")}%, thấp hơn mục tiêu ${s(p, "target")}% đến năm ${s(p, "byYear")} (${s(p, "basis")})${p.provisional ? " (chỉ tiêu chưa xác nhận)" : ""}.`;
    case "unit-level-missing":
      return `Chưa ghi hoặc không đọc được cấp của đơn vị (cơ sở/xã, huyện, tỉnh): không biết xét theo bộ tiêu chí nào, nên chưa xét danh hiệu.`;
    case "unit-level-ended":
      return `Đơn vị cấp "${s(p, "level")}": từ 01/07/2025 không còn cấp huyện (chính quyền hai cấp), không có bộ tiêu chí cấp huyện cho năm ${s(p, "year")}; hãy ghi cấp hiện nay của đơn vị (xã hoặc tỉnh).`;
    case "association-status-blank":
      return `Chưa ghi "Chi hội khuyến học hoạt động": sau sắp xếp 01/07/2025 nhiều chi hội đang được kiện toàn lại; kết quả xét là chưa đủ dữ liệu cho đến khi ghi Có/Không.`;
    case "recognition-expired":
      return `Công nhận năm ${s(p, "granted")} chỉ giữ đến hết năm ${s(p, "validTo")} (3 năm); năm ${s(p, "year")} đã hết hiệu lực, cần đánh giá công nhận lại.`;
    case "recognition-too-early":
      return `Được công nhận Mức độ 1 năm ${s(p, "granted")}: Mức độ 2 chỉ được đề nghị sau ít nhất 12 tháng, chưa thể xét trong năm ${s(p, "year")}.`;
    case "unit-layout-mismatch":
      return `Năm ${s(p, "year")} hàng này (và mọi hàng sau cũng xét theo bộ này) xét theo ${s(p, "set")}, nhưng biểu không có cột nào của bộ tiêu chí đó nên chưa xét; hãy dùng đúng mẫu (Tạo biểu mẫu) cho cấp và năm này.`;
    case "birth-year-impossible":
      return `Năm sinh ${s(p, "born")} không thể đúng: ${s(p, "when") === "after" ? `sau năm báo cáo ${s(p, "year")}` : "trước năm 1900"}.`;
    case "column-unconfirmed":
      return `Cột "${s(p, "header")}" có lẽ là "${s(p, "field")}" (${HOW_VI[s(p, "how")] ?? s(p, "how")}) — cần xác nhận trong "Ghép cột"; chưa kiểm tra cột này.`;
    case "indicator-unknown":
      return `Mã "${s(p, "code")}" không phải tiêu chí hay chỉ số nào của ${s(p, "set")}; hãy ghi đúng số thứ tự (ví dụ 1.1, 1.2) theo bộ tiêu chí.`;
    case "indicator-duplicate":
      return `Chỉ số ${s(p, "code")} (${s(p, "label")}) đã có ở hàng ${s(p, "first")}; mỗi chỉ số chỉ ghi một lần, hàng này không được tính.`;
    case "indicator-missing":
      return `Bảng thiếu chỉ số ${s(p, "code")} — ${s(p, "label")}: chưa đủ dữ liệu để xét ${s(p, "level")}.`;
    case "self-assessment-invalid":
      return `Tự đánh giá chỉ số ${s(p, "code")} là "${s(p, "value")}": hãy ghi Đạt hoặc Không đạt (hoặc Có / Không).`;
    case "self-assessment-blank":
      return `Chỉ số ${s(p, "code")} — ${s(p, "label")} chưa tự đánh giá (để trống): chưa đủ dữ liệu để xét.`;
    case "commune-name-missing":
      return `Không tìm thấy tên xã, phường ở các dòng tiêu đề (ví dụ "Đơn vị: Xã Bảo Ái" hoặc "UBND xã Bảo Ái"); kết quả xét không gắn được với xã nào.`;
    case "level-sought-not-reached":
      return `Xã đề nghị ${s(p, "sought")} nhưng theo bảng tự đánh giá chỉ được: ${s(p, "reached")}${p.reason ? `. Lý do: ${s(p, "reason")}` : ""}.`;
    case "criterion-assessment-disagrees":
      return `Tiêu chí ${s(p, "code")} ghi "${s(p, "written")}" nhưng ${p.failed ? `chỉ số ${s(p, "failed")} không đạt` : `mọi chỉ số (${s(p, "all")}) đều đạt`}; kết quả xét tính theo từng chỉ số.`;
  }
}
