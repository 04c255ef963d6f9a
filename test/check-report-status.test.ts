// The "Kết quả kiểm tra" sheet never reads a sheet no template recognised as checked (issue #12).
import { checkReportSheet } from "../src/app/check-report-sheet";
import { gridFromRows } from "../src/core/grid/from-rows";
import { validateWorkbook } from "../src/core/validation/validate";

it("names a sheet no template recognised as 'Chưa kiểm tra được' and counts it apart", () => {
  const report = validateWorkbook(
    [
      gridFromRows("Cán bộ", [["Họ và tên", "Chức vụ"], ["Hoàng Văn Bình", "Chủ tịch"]]),
      gridFromRows("GDHT", [["BAO CAO NAM 2024"], ["STT", "Ten don vi", "Tong so ho", "So ho dat GDHT", "Ty le %"], [1, "Thôn Khe Lụa", 100, 50, 50]]),
    ],
    { today: { year: 2026, month: 1, day: 5 } },
  );
  const rows = checkReportSheet(report, { now: "2026-01-05 09:30", fingerprints: {} }).rows;
  expect(rows[2][0]).toBe("Biểu mẫu: Cán bộ: Chưa kiểm tra được — không nhận ra biểu mẫu; GDHT: tong-hop-mo-hinh. Bộ tiêu chí: mặc định");
  expect(String(rows[4][0])).toMatch(/; 1 trang chưa kiểm tra được \(không nhận ra biểu mẫu\)$/);
});
