import { useLang } from "../../shared";

const vi = {
  heading: "Theo năm",
  hint: "Khi sổ tính có các trang tổng hợp của nhiều năm, vẽ mỗi mô hình một biểu đồ: tỷ lệ công nhận toàn tỉnh từng năm so với chỉ tiêu.",
  draw: "Vẽ xu hướng theo năm",
  drawing: "Đang vẽ biểu đồ theo năm…",
  drawn: (n: number, years: string) => `Đã vẽ ${n} biểu đồ theo năm (${years}) trên trang “Biểu đồ theo năm” (chỉ biểu đồ của XHHT được thay).`,
  oneYear: (years: string) =>
    years === "" ? "Sổ tính không có trang tổng hợp nào đọc được năm báo cáo; không vẽ biểu đồ theo năm." : `Các trang tổng hợp chỉ có số liệu năm ${years}; cần ít nhất hai năm để vẽ biểu đồ theo năm.`,
  noRates: "Các trang tổng hợp không có tỷ lệ công nhận nào để vẽ.",
  sheetYear: (sheet: string, year: number) => `Trang “${sheet}”: năm ${year}`,
  withoutYear: (sheet: string) => `Trang “${sheet}”: không rõ năm báo cáo, không đưa vào so sánh`,
  used: "Các trang đã đọc",
};

/** The year-over-year section's texts in one language. */
export type TrendStrings = typeof vi;

const en: TrendStrings = {
  heading: "Year over year",
  hint: "When the workbook holds summary sheets of several years, draw one chart per model: the province's recognised rate each year against the target.",
  draw: "Draw the year-over-year trend",
  drawing: "Drawing year-over-year charts…",
  drawn: (n, years) => `Drew ${n} year-over-year charts (${years}) on the “Biểu đồ theo năm” sheet (only XHHT's own charts are replaced).`,
  oneYear: (years) =>
    years === "" ? "No summary sheet of this workbook has a readable report year; no year-over-year chart drawn." : `The summary sheets only hold ${years}; at least two years are needed.`,
  noRates: "The summary sheets have no recognised rate to draw.",
  sheetYear: (sheet, year) => `Sheet “${sheet}”: ${year}`,
  withoutYear: (sheet) => `Sheet “${sheet}”: report year unknown, left out`,
  used: "Sheets read",
};

/** The year-over-year section's texts in the interface language. */
export function useTrendStrings(): TrendStrings {
  return useLang() === "en" ? en : vi;
}
