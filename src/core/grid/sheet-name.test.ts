import { MAX_SHEET_NAME_LENGTH, sheetNameProblem } from "./sheet-name";

describe("sheetNameProblem", () => {
  it("accepts a Vietnamese name of up to 31 characters", () => {
    expect(sheetNameProblem("Kết quả xét công nhận năm 2025", ["Biểu 1"])).toBeNull();
    expect(sheetNameProblem("a".repeat(MAX_SHEET_NAME_LENGTH), [])).toBeNull();
  });

  it("refuses an empty name and one over 31 characters (counting characters, not UTF-16 units)", () => {
    expect(sheetNameProblem("   ", [])).toEqual({ kind: "empty" });
    expect(sheetNameProblem("a".repeat(32), [])).toEqual({ kind: "too-long", length: 32 });
    expect(sheetNameProblem("ệ".repeat(31), [])).toBeNull();
  });

  it.each(["[", "]", ":", "*", "?", "/", "\\"])("refuses %s", (ch) => {
    expect(sheetNameProblem(`Biểu${ch}1`, [])).toEqual({ kind: "forbidden-char", char: ch });
  });

  it("refuses a leading or trailing apostrophe and the reserved name History", () => {
    expect(sheetNameProblem("'Biểu", [])).toEqual({ kind: "apostrophe" });
    expect(sheetNameProblem("Biểu'", [])).toEqual({ kind: "apostrophe" });
    expect(sheetNameProblem("Biểu'1", [])).toBeNull();
    expect(sheetNameProblem("history", [])).toEqual({ kind: "reserved" });
  });

  it("refuses a name already in the workbook, whatever its case or Unicode form", () => {
    expect(sheetNameProblem("BIỂU 1", ["Biểu 1"])).toEqual({ kind: "duplicate", existing: "Biểu 1" });
    expect(sheetNameProblem("Biểu 1".normalize("NFD"), ["Biểu 1"])).toEqual({ kind: "duplicate", existing: "Biểu 1" });
  });
});
