import { gridFromRows } from "../grid/from-rows";
import type { CellValue } from "../grid/grid";
import { BUILTIN_TEMPLATES } from "./builtin";
import { parseTemplateFile, templateFileOf, withColumnMap, type ColumnMap } from "./column-map";
import { columnMapOf, draftColumnMap } from "./column-map-draft";
import { detectTemplate } from "./detect";

const MAP: ColumnMap = {
  templateId: "tong-hop-mo-hinh",
  columns: [
    { header: "Nơi báo cáo", field: "unit-name" },
    { header: "Số hộ toàn thôn", field: "gia-dinh.total" },
    { header: "Hộ đạt chuẩn", field: "gia-dinh.recognised" },
    { header: "Người lập", field: null },
  ],
};
const parse = (x: unknown) => parseTemplateFile(x, BUILTIN_TEMPLATES);
const sheet = (rows: CellValue[][]) => gridFromRows("S", rows);

describe("template files (column maps)", () => {
  it("accepts a valid file and round-trips it", () => {
    const file = templateFileOf([MAP], "Sở GD&ĐT");
    expect(parse(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it.each([
    ["not JSON", "{", "Tệp biểu mẫu không phải JSON hợp lệ."],
    ["another format", { format: "khac", version: 1, maps: [] }, "Tệp biểu mẫu, mục format: phải là một trong: xhht-column-map"],
    ["a newer version", { format: "xhht-column-map", version: 2, maps: [] }, "Tệp biểu mẫu, mục version: phải là một trong: 1"],
    ["an unknown field", templateFileOf([{ ...MAP, columns: [...MAP.columns, { header: "X", field: "gia-dinh.tong" }] }]), "Bản ghép 1, cột 5 (\"X\"), mục field: biểu 'tong-hop-mo-hinh' không có cột 'gia-dinh.tong'."],
    ["a field twice", templateFileOf([{ ...MAP, columns: [...MAP.columns, { header: "Y", field: "unit-name" }] }]), "Bản ghép 1, cột 5 (\"Y\"), mục field: cột 'unit-name' đã được ghép cho một tiêu đề khác."],
    ["no name column", templateFileOf([{ ...MAP, columns: MAP.columns.slice(1) }]), "Bản ghép 1: chưa ghép cột tên (Tên đơn vị)."],
  ])("refuses %s with a Vietnamese message naming the field", (_what, input, message) => {
    const r = parse(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("keeps a column of the header band that has no text (saved from a draft), so the stored maps stay readable", () => {
    const withBlank: ColumnMap = { ...MAP, columns: [...MAP.columns, { header: "", field: null }] };
    const file = templateFileOf([MAP, withBlank]);
    expect(parse(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it("keeps one map per form: saving the same headers again replaces the older map", () => {
    const again = { ...MAP, columns: MAP.columns.map((c) => (c.field === null ? { ...c, header: "NGƯỜI LẬP" } : c)) };
    expect(withColumnMap([MAP], again)).toEqual([again]);
  });
});

describe("a saved map is keyed by its header texts", () => {
  const rows = (header: CellValue[]): CellValue[][] => [["BÁO CÁO NĂM 2025"], [], header, ["Thôn Khe Lụa", 120, 95, "A"]];

  it("maps next year's sheet with the same headers in another order, case and spelling of marks", () => {
    const found = detectTemplate(sheet(rows(["HỘ ĐẠT CHUẨN", "Nơi  báo cáo", "Người lập", "So ho toan thon"])), BUILTIN_TEMPLATES, [MAP]);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect([...found.value.columns].sort((a, b) => a[1] - b[1])).toEqual([["gia-dinh.recognised", 0], ["unit-name", 1], ["gia-dinh.total", 3]]);
    expect([...found.value.sources.values()].every((h) => h === "column-map")).toBe(true);
    expect(found.value.unknownColumns).toEqual([]);
  });

  it("is not used when one of its headers is missing", () => {
    expect(detectTemplate(sheet(rows(["Nơi báo cáo", "Số hộ toàn thôn", "Người lập"])), BUILTIN_TEMPLATES, [MAP]).ok).toBe(false);
  });
});

describe("the Ghép cột draft", () => {
  it("lists every header of an unrecognised sheet with no guess, and builds the confirmed map", () => {
    const d = draftColumnMap(sheet([["Mục", "Giá trị"], ["a", 1]]), BUILTIN_TEMPLATES);
    expect(d.settled).toBe(false);
    expect(d.columns.map((c) => c.header)).toEqual(["Mục", "Giá trị"]);
    expect(columnMapOf("tong-hop-mo-hinh", d.columns.map((c) => ({ header: c.header, fieldId: c.header === "Mục" ? "unit-name" : null })), "S")).toEqual({
      templateId: "tong-hop-mo-hinh",
      sheet: "S",
      columns: [
        { header: "Mục", field: "unit-name" },
        { header: "Giá trị", field: null },
      ],
    });
  });

  it("pre-fills a guess to confirm with its field", () => {
    const d = draftColumnMap(sheet([["STT", "Tên thôn", "CDHT tổng số", "CDHT đạt"], [1, "Thôn A", 10, 5]]), BUILTIN_TEMPLATES);
    expect(d.templateId).toBe("tong-hop-mo-hinh");
    expect(d.columns.map((c) => c.fieldId)).toEqual(["ordinal", "unit-name", "cong-dong-thon.total", "cong-dong-thon.recognised"]);
    expect(d.settled).toBe(false);
  });
});
