import { problemEn, problemVi } from "./problem-messages";
import type { XlsxError } from "./xlsx-error";

const MB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function vi(e: XlsxError): string {
  const f = `Tệp '${e.fileName}'`;
  switch (e.code) {
    case "file-empty":
      return `${f} trống (0 byte). Hãy kiểm tra lại tệp đã lưu đầy đủ chưa rồi chọn lại.`;
    case "file-too-large":
      return e.limit?.kind === "cells"
        ? `${f} có quá nhiều ô (${e.limit.actual !== undefined ? `${e.limit.actual.toLocaleString("vi-VN")} ô` : "hơn mức cho phép"}, tối đa ${e.limit.max.toLocaleString("vi-VN")}). Hãy xoá các trang tính hoặc vùng không dùng rồi thử lại.`
        : `${f} quá lớn${e.limit?.actual !== undefined ? ` (${size(e.limit.actual)}, tối đa ${size(e.limit.max)})` : ""}. Hãy xoá các trang tính, hình ảnh không cần thiết hoặc tách thành nhiều tệp rồi thử lại.`;
    case "file-not-zip":
      return `${f} không phải tệp Excel (.xlsx) hoặc đã bị hỏng. Hãy mở bằng Excel và Lưu thành .xlsx rồi thử lại.`;
    case "file-corrupt":
      return e.problem
        ? `${f} bị hỏng: ${problemVi(e.problem)}. Hãy mở bằng Excel, Lưu thành .xlsx một bản mới rồi thử lại.`
        : `${f} bị hỏng hoặc chưa tải về đầy đủ nên không đọc được. Hãy mở bằng Excel, Lưu thành .xlsx một bản mới rồi thử lại.`;
    case "file-unsafe":
      return `${f} bị từ chối vì ${e.problem ? problemVi(e.problem) : "có cấu trúc bất thường"} — có thể là tệp độc hại hoặc do phần mềm lỗi tạo ra. Hãy mở bằng Excel, Lưu thành .xlsx một bản mới rồi thử lại.`;
    case "file-encrypted":
      return `${f} được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại và thử lại.`;
    case "file-xls":
      return `${f} là tệp Excel 97–2003 (.xls). Hãy mở bằng Excel và Lưu thành .xlsx rồi thử lại.`;
    case "file-ods":
      return `${f} là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice hoặc Excel và Lưu thành .xlsx rồi thử lại.`;
    case "file-csv":
      return `${f} là tệp văn bản (CSV/TXT), không phải tệp Excel. Hãy mở bằng Excel và Lưu thành .xlsx rồi thử lại.`;
    case "zip-bomb":
      return `${f} bị từ chối vì khi giải nén sẽ quá lớn bất thường (có thể là tệp độc hại). Hãy kiểm tra nguồn gửi tệp.`;
    case "no-sheets":
      return `${f} không có trang tính nào. Hãy kiểm tra lại tệp báo cáo.`;
  }
}

function en(e: XlsxError): string {
  const f = `File '${e.fileName}'`;
  switch (e.code) {
    case "file-empty":
      return `${f} is empty (0 bytes). Check that it was saved completely and choose it again.`;
    case "file-too-large":
      return e.limit?.kind === "cells"
        ? `${f} has too many cells (${e.limit.actual !== undefined ? e.limit.actual : "more than allowed"}, at most ${e.limit.max}). Delete unused sheets or ranges and try again.`
        : `${f} is too large${e.limit?.actual !== undefined ? ` (${size(e.limit.actual)}, at most ${size(e.limit.max)})` : ""}. Remove unneeded sheets or images, or split it, and try again.`;
    case "file-not-zip":
      return `${f} is not an Excel workbook (.xlsx) or is damaged. Open it in Excel, Save As .xlsx and try again.`;
    case "file-corrupt":
      return e.problem
        ? `${f} is damaged: it ${problemEn(e.problem)}. Open it in Excel, Save As a new .xlsx and try again.`
        : `${f} is damaged or incompletely downloaded and cannot be read. Open it in Excel, Save As a new .xlsx and try again.`;
    case "file-unsafe":
      return `${f} was refused: it ${e.problem ? problemEn(e.problem) : "has an abnormal structure"} — possibly malicious or written by faulty software. Open it in Excel, Save As a new .xlsx and try again.`;
    case "file-encrypted":
      return `${f} is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook), save and try again.`;
    case "file-xls":
      return `${f} is an Excel 97–2003 workbook (.xls). Open it in Excel, Save As .xlsx and try again.`;
    case "file-ods":
      return `${f} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, Save As .xlsx and try again.`;
    case "file-csv":
      return `${f} is a text file (CSV/TXT), not an Excel workbook. Open it in Excel, Save As .xlsx and try again.`;
    case "zip-bomb":
      return `${f} was refused: it would unpack to an abnormally large size (possibly malicious). Check where it came from.`;
    case "no-sheets":
      return `${f} has no worksheets. Check the report file.`;
  }
}

/** The officer's message for a file that could not be read; never includes raw exception text. */
export function xlsxErrorMessage(e: XlsxError, lang: "vi" | "en"): string {
  return lang === "vi" ? vi(e) : en(e);
}
