import { a1, columnIndex, columnLetter, parseA1, quoteSheetName } from "./a1";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s and back", (i, s) => {
    expect(columnLetter(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  });
  it("writes and reads B12", () => {
    expect(a1(11, 1)).toBe("B12");
    expect(parseA1("$B$12")).toEqual({ row: 11, col: 1 });
    expect(parseA1("12B")).toBeNull();
  });
  it("quotes sheet names with spaces and apostrophes", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Xã Lâm Giang")).toBe("'Xã Lâm Giang'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });
});
