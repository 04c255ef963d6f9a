import fc from "fast-check";
import { daysInMonth, isRealDate } from "./civil-date";
import { dateToSerial, serialToDate } from "./excel-serial";
import { isDateFormat, parseDate } from "./parse-date";

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe("Excel serials (1900 date system)", () => {
  it.each<[number, ReturnType<typeof d>]>([
    [1, d(1900, 1, 1)],
    [31, d(1900, 1, 31)],
    [59, d(1900, 2, 28)],
    [61, d(1900, 3, 1)],
    [25569, d(1970, 1, 1)],
    [36526, d(2000, 1, 1)],
    [45658, d(2025, 1, 1)],
    [45473, d(2024, 6, 30)],
    [45351, d(2024, 2, 29)],
    [2958465, d(9999, 12, 31)],
  ])("reads serial %p as its day", (serial, date) => {
    expect(parseDate(serial)).toEqual({ ok: true, value: date, fromText: false });
    expect(dateToSerial(date)).toBe(serial);
  });
  it("drops the time of day", () => {
    expect(parseDate(45658.75)).toEqual({ ok: true, value: d(2025, 1, 1), fromText: false });
  });
  it("rejects serial 60, Excel's 1900-02-29 that never was", () => {
    expect(parseDate(60)).toEqual({ ok: false, reason: "invalid-date" });
    expect(dateToSerial(d(1900, 2, 29))).toBeNull();
  });
  it.each([0, -1, 2958466, NaN, Infinity])("rejects serial %p", (serial) => {
    expect(parseDate(serial)).toEqual({ ok: false, reason: "not-a-date" });
  });
  it("round-trips every serial through its date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        const date = serialToDate(serial);
        expect(date).not.toBeNull();
        expect(dateToSerial(date!)).toBe(serial);
      }),
    );
  });
  it("gives no serial for days Excel cannot show or that do not exist", () => {
    expect(dateToSerial(d(1899, 12, 31))).toBeNull();
    expect(dateToSerial(d(2024, 2, 30))).toBeNull();
    expect(dateToSerial(d(2024, 13, 1))).toBeNull();
    expect(dateToSerial(d(2024.5, 1, 1))).toBeNull();
  });
});

describe("parseDate on text (ngày dạng chữ)", () => {
  it.each<[string, ReturnType<typeof d>]>([
    ["05/12/2024", d(2024, 12, 5)],
    ["5/12/2024", d(2024, 12, 5)],
    ["5/2/2024", d(2024, 2, 5)],
    ["29/02/2024", d(2024, 2, 29)],
    ["05-12-2024", d(2024, 12, 5)],
    ["05.12.2024", d(2024, 12, 5)],
    [" 05/12/2024 ", d(2024, 12, 5)],
    ["2024-12-05", d(2024, 12, 5)],
    ["2024/12/05", d(2024, 12, 5)],
    ["ngày 05 tháng 12 năm 2024", d(2024, 12, 5)],
    ["Ngày 5 tháng 2 năm 2025", d(2025, 2, 5)],
  ])("reads '%s' day first", (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, value: date, fromText: true });
  });
  it.each(["31/02/2024", "29/02/2023", "31/04/2024", "00/01/2024", "12/13/2024", "2024-02-30", "01/01/0202"])(
    "says '%s' is no real day",
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: "invalid-date", text });
    },
  );
  it.each(["05/12/24", "05/12-2024", "hôm qua", "2024", "5/12", "Lào Cai, ngày 05 tháng 12 năm 2024"])("does not take '%s' as a date", (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: "not-a-date", text });
  });
  it("reads empty, errors and booleans", () => {
    expect(parseDate(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseDate("")).toEqual({ ok: false, reason: "empty" });
    expect(parseDate({ error: "#VALUE!" })).toEqual({ ok: false, reason: "excel-error" });
    expect(parseDate(true)).toEqual({ ok: false, reason: "boolean" });
  });
  it("does not take a number shown with a number format as a date", () => {
    expect(parseDate(45658, "General")).toEqual({ ok: false, reason: "not-a-date" });
    expect(parseDate(45658, "#,##0")).toEqual({ ok: false, reason: "not-a-date" });
    expect(parseDate(45658, "dd/mm/yyyy")).toEqual({ ok: true, value: d(2025, 1, 1), fromText: false });
    expect(parseDate(45658, "[$-42A]d mmmm yyyy")).toEqual({ ok: true, value: d(2025, 1, 1), fromText: false });
  });
  it.each<[string, boolean]>([["dd/mm/yyyy", true], ["m/d/yy", true], ["General", false], ["0.0%", false], ['"Ngày" 0', false], ["@", false]])(
    "knows whether %p shows a date",
    (format, expected) => {
      expect(isDateFormat(format)).toBe(expected);
    },
  );
  it("knows the calendar", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 0)).toBe(0);
    expect(isRealDate(2024, 4, 31)).toBe(false);
  });
});
