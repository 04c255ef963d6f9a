import type { CellValue, Grid } from "../grid/grid";
import { gridFromRows } from "../grid/from-rows";
import type { ValidationContext } from "./context";
import type { IssueCode } from "./issue";
import { summarySheet, VILLAGES, type Line } from "./__fixtures__/summary-sheets";
import { validateSheet } from "./validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const found = (g: Grid, c: ValidationContext = ctx) => validateSheet(g, c).issues.map((i) => `${i.code}@${i.where.address}`);

/** A commune sheet with one cell of the first village row (row 7) replaced. */
function withCell(col: number, value: CellValue, lines: readonly Line[] = [VILLAGES[0]]): Grid {
  const g = summarySheet({ lines, totals: "none" });
  (g.values[6] as CellValue[])[col] = value;
  return g;
}

/** A province sheet listing communes (names from the official lists) for a year. */
function communes(year: number, names: readonly string[], extra: { code?: (string | null)[] } = {}): Grid {
  const rows: CellValue[][] = [
    [`BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM ${year}`],
    ["STT", "Tên đơn vị", "Mã đơn vị", "Gia đình học tập", null, null, null],
    [null, null, null, "Tổng số hộ", "Đăng ký", "Công nhận", "Tỷ lệ %"],
    ...names.map((n, i) => [i + 1, n, extra.code?.[i] ?? null, 100, 90, 80, 80]),
  ];
  return gridFromRows("Tỉnh", rows, { merges: [{ top: 1, bottom: 1, left: 3, right: 6 }] });
}

describe("each rule: a clean case passes and a broken case is reported at its cell", () => {
  const cases: [string, IssueCode, Grid, string][] = [
    ["a missing unit name", "required-missing", withCell(1, null), "B7"],
    ["a #REF! in a count", "excel-error", withCell(2, { error: "#REF!" }), "C7"],
    ["words in a count", "number-invalid", withCell(2, "một trăm"), "C7"],
    ["'1,5' in a count", "number-ambiguous", withCell(3, "1,5"), "D7"],
    ["a count of 12.5", "count-not-whole", withCell(2, 12.5), "C7"],
    ["a negative count", "count-negative", withCell(3, -4), "D7"],
    ["registered above the total", "registered-exceeds-total", withCell(3, 130), "D7"],
    ["a rate above 100", "rate-over-100", withCell(5, 120), "F7"],
    ["a rate that matches nothing", "rate-mismatch", withCell(5, 60), "F7"],
  ];
  it.each(cases)("%s", (_what, code, grid, address) => {
    expect(found(grid)).toContain(`${code}@${address}`);
  });

  it("the clean sheet has none of those", () => {
    const codes = found(summarySheet({ lines: VILLAGES })).map((c) => c.split("@")[0]);
    for (const [, code] of cases) expect(codes).not.toContain(code);
  });

  it("recognised above the total when there is no registered column", () => {
    const g = gridFromRows("Thôn", [
      ["STT", "Tên thôn", "Gia đình học tập", null, null],
      [null, null, "Tổng số hộ", "Công nhận", "Tỷ lệ %"],
      [1, "Thôn Khe Lụa", 50, 60, 120],
    ], { merges: [{ top: 0, bottom: 0, left: 2, right: 4 }] });
    expect(found(g, { ...ctx, reportYear: 2024 })).toEqual(expect.arrayContaining(["recognised-exceeds-total@D3", "rate-over-100@E3"]));
  });
});

describe("sheet-level rules", () => {
  it("a header with no rows under it says so", () => {
    const g = summarySheet({ lines: [], totals: "none" });
    expect(found(g)).toContain("no-data-rows@A5");
  });

  it("mentions an extra column once and keeps it", () => {
    const g = summarySheet({ lines: VILLAGES });
    (g.values[3] as CellValue[])[11] = "Người tổng hợp";
    (g.values[6] as CellValue[])[11] = "Nguyễn Văn A";
    const r = validateSheet(g, ctx);
    expect(r.issues.filter((i) => i.code === "unknown-column").map((i) => i.where.address)).toEqual(["L5"]);
    expect(r.table?.unknownColumns).toEqual([{ column: "L", header: "Người tổng hợp" }]);
  });
});

describe("district sub-totals in a province report before the merger", () => {
  const rows = (subtotal: number): CellValue[][] => [
    ["BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024"],
    ["STT", "Tên đơn vị", "Gia đình học tập", null, null, null],
    [null, null, "Tổng số hộ", "Đăng ký", "Công nhận", "Tỷ lệ %"],
    ["I", "Huyện Văn Yên", subtotal, 170, 150, null],
    [1, "Xã Lâm Giang", 100, 90, 80, 80],
    [2, "Xã Lang Thíp", 100, 80, 70, 70],
  ];
  const grid = (subtotal: number) => gridFromRows("Tỉnh", rows(subtotal), { merges: [{ top: 1, bottom: 1, left: 2, right: 5 }] });

  it("accepts a sub-total equal to its communes", () => {
    expect(found(grid(200)).filter((c) => c.startsWith("subtotal"))).toEqual([]);
  });

  it("reports a sub-total that is not the sum of its communes", () => {
    expect(found(grid(210))).toContain("subtotal-mismatch@C4");
  });
});

describe("administrative units", () => {
  it("accepts real communes of the period", () => {
    expect(found(communes(2025, ["Xã Lâm Giang", "Xã Châu Quế"])).filter((c) => c.startsWith("unit-"))).toEqual([]);
  });

  it("reports a name that is in no list", () => {
    expect(found(communes(2025, ["Xã Không Có Thật"]))).toContain("unit-unknown@B4");
  });

  it("offers the official spelling for a known variant", () => {
    const r = validateSheet(communes(2024, ["Xã Mù Căng Chải"]), ctx);
    const variant = r.issues.filter((i) => i.code === "unit-spelling-variant");
    expect(variant.every((i) => i.fix?.safe === true)).toBe(true);
  });

  it("reports a unit of the old Lào Cai province in a Yên Bái report of 2024", () => {
    expect(found(communes(2024, ["Xã Bản Phiệt"]))).toContain("unit-out-of-scope@B4");
  });

  it("reports a code that names another unit than the name", () => {
    expect(found(communes(2025, ["Xã Lâm Giang"], { code: ["04465"] }))).toContain("unit-code-mismatch@B4");
  });
});

describe("lists of persons and households", () => {
  const header = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Nhóm đối tượng", "Thôn", ...Array.from({ length: 10 }, (_, i) => `CS${i + 1}`), "Tổng điểm", "Kết quả"];
  const person = (over: Partial<Record<number, CellValue>> = {}): CellValue[] => {
    const row: CellValue[] = [1, "Nguyễn Văn An", 1980, "Nam", 1, "Thôn Khe Lụa", 9, 9, 8, 8, 9, 8, 8, 8, 9, 9, 85, "Đạt"];
    for (const [k, v] of Object.entries(over)) row[Number(k)] = v as CellValue;
    return row;
  };
  const sheet = (...rows: CellValue[][]) => gridFromRows("CDHT", [["DANH SÁCH ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM 2025"], header, ...rows]);

  it("accepts a correct person and computes the verdict", () => {
    const r = validateSheet(sheet(person()), ctx);
    expect(r.issues).toEqual([]);
    expect(r.verdicts[0].verdict.outcome).toBe("met");
  });

  it("reports an unknown subject group and a gender that is neither Nam nor Nữ", () => {
    expect(found(sheet(person({ 3: "X", 4: 7 })))).toEqual(expect.arrayContaining(["choice-invalid@D3", "choice-invalid@E3"]));
  });

  it("says what the result should be when none is written", () => {
    expect(found(sheet(person({ 17: null })))).toContain("result-missing@R3");
  });

  it("a birth year after the report year or before 1900 is an error; an unusual age stays a warning", () => {
    const r = validateSheet(sheet(person({ 2: 2026 }), person({ 0: 2, 1: "Lê Văn Bình", 2: 1899 }), person({ 0: 3, 1: "Hà Thị Cúc", 2: 2015 })), ctx);
    const at = (a: string) => r.issues.filter((i) => i.where.address === a).map((i) => `${i.code}:${i.severity}`);
    expect(at("C3")).toEqual(["birth-year-impossible:error"]);
    expect(at("C4")).toEqual(["birth-year-impossible:error"]);
    expect(at("C5")).toEqual(["birth-year-implausible:warning"]);
  });

  it("reports Có/Không columns with other words", () => {
    const g = gridFromRows("Dòng họ", [
      ["DANH SÁCH DÒNG HỌ HỌC TẬP NĂM 2025"],
      ["STT", "Tên dòng họ", "Thôn", "Tổng số hộ", "Số hộ đạt Gia đình học tập", "Tỷ lệ", "Có quỹ khuyến học", "Có quy ước khuyến học", "Kết quả"],
      [1, "Họ Nguyễn", "Thôn Khe Lụa", 20, 16, 80, "Có", "có lẽ", "Đạt"],
    ]);
    expect(found(g)).toContain("boolean-invalid@H3");
  });
});
