// `--json` says per file and sheet whether it was checked, which models a summary holds, and which columns are guesses.
import { checkWorkbook } from "../src/app/check-files";
import { jsonReportSchema, toJsonReport } from "../src/app/json-report";
import { gridFromRows } from "../src/core/grid/from-rows";

const ctx = { today: { year: 2026, month: 1, day: 5 } };

it("reports status, models and unconfirmed columns", () => {
  const summary = gridFromRows("Biểu", [
    ["BIỂU TỔNG HỢP NĂM 2024"],
    ["STT", "Tên thôn", "Tổng số hộ GĐHT", "Đạt GĐHT", "Tỷ lệ %", "Tổng số dòng họ", "Đạt DHHT", "Tỷ lệ % DHHT"],
    [1, "Thôn Khe Lụa", 100, 50, 10, 10, 5, 50],
  ]);
  const staff = gridFromRows("Cán bộ", [["Họ và tên", "Chức vụ"], ["Hoàng Văn Bình", "Chủ tịch"]]);
  const doc = jsonReportSchema.parse(
    toJsonReport([checkWorkbook("a.xlsx", { fileName: "a.xlsx", sheets: [summary] }, ctx), checkWorkbook("b.xlsx", { fileName: "b.xlsx", sheets: [staff] }, ctx)]),
  );
  expect(doc.files.map((f) => f.status)).toEqual(["checked", "unchecked"]);
  expect(doc.summary.unchecked).toBe(1);
  const sheet = doc.files[0].sheets[0];
  expect(sheet.models?.held).toEqual(["gia-dinh", "dong-ho"]);
  expect(sheet.unconfirmed).toEqual([{ column: "E", header: "Tỷ lệ %", field: "gia-dinh.rate", how: "position" }]);
  expect(sheet.issues.map((i) => i.code)).toContain("column-unconfirmed");
  expect(sheet.issues.map((i) => i.code)).not.toContain("rate-mismatch");
});
