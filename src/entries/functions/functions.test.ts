import { BUILTIN_SETS, withValues } from "../../core/criteria";

class FakeCfError extends Error {
  constructor(
    public code: string,
    message?: string,
  ) {
    super(message);
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeCfError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
};

// Imported after the global exists, as Excel's runtime provides it before the functions load.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the fake global must exist before the module loads
const f = require("./functions") as typeof import("./functions");

const excelError = async (fn: () => unknown): Promise<FakeCfError> => {
  try {
    await fn();
  } catch (e) {
    if (e instanceof FakeCfError) return e;
    throw new Error(`raw exception escaped: ${String(e)}`, { cause: e });
  }
  throw new Error("no error thrown");
};

afterEach(() => f.setCriteriaOverrides([]));

describe("CONGDAN", () => {
  it.each([
    [[[8, 8, 8, 8, 8, 8, 8, 8, 8, 8]], "Đạt"],
    [[[8, 8, 8, 8, 8, 8, 8, 8, 8, 7]], "Không đạt"],
    [[[10], [10], [4], [10], [10], [10], [10], [10], [10], [10]], "Không đạt"],
    [[[8, 8, 8, 8, 8, "", 8, 8, 8, 8]], "Chưa đủ dữ liệu: thiếu CS6"],
    [[[11, 8, 8, 8, 8, 8, 8, 8, 8, 8]], "Chưa đủ dữ liệu: CS1 = 11 ngoài 0–10"],
  ])("%p → %s", async (scores, text) => {
    expect(await f.CONGDAN(scores as number[][], 2024)).toBe(text);
  });

  it("too many values is a #VALUE! error with a Vietnamese message", async () => {
    const e = await excelError(() => f.CONGDAN([Array(11).fill(8)], 2024));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/cần 10 giá trị/);
  });

  it("text that is not a number is a #VALUE! error naming it", async () => {
    expect((await excelError(() => f.CONGDAN([["tám", 8, 8, 8, 8, 8, 8, 8, 8, 8]] as unknown as number[][], 2024))).message).toMatch(/"tám" không phải là số/);
  });

  it("a year before any set is an error, not a guess", async () => {
    expect((await excelError(() => f.CONGDAN([Array(10).fill(8)], 2020))).message).toMatch(/Không có bộ tiêu chí/);
  });
});

describe("GIADINH, DONGHO, THON, DONVI", () => {
  it("gia-dinh marks its provisional rule", async () => {
    expect(await f.GIADINH(25, 25, 15, 15, 2024)).toBe("Đạt (chưa xác nhận)");
    expect(await f.GIADINH(25, 25, 15, 14, 2024)).toBe("Không đạt (chưa xác nhận)");
  });
  it("dong-ho reads Có/Không text", async () => {
    expect(await f.DONGHO(100, 70, "Có", "Không", 2024)).toBe("Đạt (chưa xác nhận)");
    expect(await f.DONGHO(100, 69, true, true, 2024)).toBe("Không đạt (chưa xác nhận)");
    expect((await excelError(() => f.DONGHO(100, 70, "có lẽ", true, 2024))).message).toMatch(/Có\/Không/);
  });
  it("thon", async () => {
    expect(await f.THON(50, 40, "x", "Có", 2024)).toBe("Đạt (chưa xác nhận)");
    expect(await f.THON(50, 40, "Không", "Có", 2024)).toBe("Không đạt (chưa xác nhận)");
  });
  it.each([
    [30, 30, 25, "Tốt"],
    [30, 30, 24.9, "Khá"],
    [20, 20, 10, "Trung bình"],
    [20, 20, 9, "Không đạt"],
  ])("DONVI cấp huyện 2022 %p+%p+%p → %s", async (a, b, c, text) => {
    expect(await f.DONVI(a, b, c, 2022, "huyện")).toBe(text);
  });
  it("DONVI for a checklist year says so", async () => {
    expect((await excelError(() => f.DONVI(30, 30, 30, 2024, "tỉnh"))).message).toMatch(/Mức độ/);
  });
});

describe("LYDO, TYLE, DIEM", () => {
  it("LYDO lists failures in Vietnamese, empty when met", async () => {
    expect(await f.LYDO("cong-dan", [[4, 8, 8, 8, 8, 8, 8, 8, 8, 8]], 2024)).toBe(
      "CS1 — Cập nhật thông tin qua sách báo, truyền hình, máy tính, điện thoại: 4 điểm, thấp hơn mức tối thiểu 5.; Tổng điểm 76/100, thấp hơn mức 80 cần đạt.",
    );
    expect(await f.LYDO("Công dân học tập", [[8, 8, 8, 8, 8, 8, 8, 8, 8, 8]], 2024)).toBe("");
    expect(await f.LYDO("Dòng họ học tập", [[10, 5, "Có", ""]], 2024)).toMatch(/^Tỷ lệ hộ đạt Gia đình học tập 50% \(5\/10 hộ\), thấp hơn 70%\. \(có giá trị chưa xác nhận\)$/);
    expect((await excelError(() => f.LYDO("không rõ", [[1]], 2024))).message).toMatch(/Không rõ danh hiệu/);
  });
  it.each([
    [230, 454, 50.7],
    [7, 10, 70],
    [0, 0, ""],
    [5, 0, ""],
  ])("TYLE(%p, %p) = %p", async (r, t, out) => {
    expect(await f.TYLE(r, t)).toBe(out);
  });
  it("TYLE refuses impossible counts", async () => {
    expect((await excelError(() => f.TYLE(11, 10))).message).toMatch(/lớn hơn tổng số/);
    expect((await excelError(() => f.TYLE(-1, 10))).code).toBe("#VALUE!");
  });
  it("DIEM adds scores and skips blanks", async () => {
    expect(await f.DIEM([[8, 8, "", 7.5]] as unknown as number[][])).toBe(23.5);
    expect(await f.DIEM([[0.1], [0.2]])).toBe(0.3);
  });
});

describe("workbook overrides", () => {
  it("the functions use the sets the task pane hands over", async () => {
    const base = BUILTIN_SETS.find((s) => s.id === "cong-dan-324")!;
    const lowered = { ...withValues(base, { "total.min": { value: 70, confidence: "T" } }).set, version: "2023.1+sheet", origin: "sheet" as const };
    expect(await f.CONGDAN([Array(10).fill(7)], 2024)).toBe("Không đạt");
    f.setCriteriaOverrides([lowered]);
    expect(await f.CONGDAN([Array(10).fill(7)], 2024)).toBe("Đạt");
  });
});
