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

it("counts an empty workbook as empty, apart from a file whose sheets no template recognised", () => {
  const staff = gridFromRows("Cán bộ", [["Họ và tên", "Chức vụ"], ["Hoàng Văn Bình", "Chủ tịch"]]);
  const doc = jsonReportSchema.parse(
    toJsonReport([checkWorkbook("trong.xlsx", { fileName: "trong.xlsx", sheets: [gridFromRows("Trang 1", [])] }, ctx), checkWorkbook("b.xlsx", { fileName: "b.xlsx", sheets: [staff] }, ctx)]),
  );
  expect(doc.files.map((f) => f.status)).toEqual(["empty", "unchecked"]);
  expect([doc.summary.unchecked, doc.summary.empty]).toEqual([1, 1]);
});

it("uses the column maps saved in a workbook's state, and names a damaged entry instead of guessing", () => {
  const form = gridFromRows("Mẫu", [["Nơi báo cáo", "Số hộ toàn thôn", "Hộ đạt chuẩn"], ["Thôn Khe Lụa", 100, 120]]);
  const map = { format: "xhht-column-map", version: 1, maps: [{ templateId: "tong-hop-mo-hinh", columns: [{ header: "Nơi báo cáo", field: "unit-name" }, { header: "Số hộ toàn thôn", field: "gia-dinh.total" }, { header: "Hộ đạt chuẩn", field: "gia-dinh.recognised" }] }] };
  const good = checkWorkbook("c.xlsx", { fileName: "c.xlsx", sheets: [form], state: { "xhht.column-maps": JSON.stringify(map) } }, ctx);
  expect(good.report?.sheets[0].issues.map((i) => `${i.code}@${i.where.address}`)).toContain("recognised-exceeds-total@C2");
  const damaged = checkWorkbook("d.xlsx", { fileName: "d.xlsx", sheets: [form], state: { "xhht.column-maps": "{\"format\":\"xhht-column-map\"" } }, ctx);
  expect(damaged.mapProblems).toEqual(["Bản ghép cột lưu trong tệp: Tệp biểu mẫu không phải JSON hợp lệ."]);
  expect(damaged.report?.sheets[0].templateId).toBeNull();
});
