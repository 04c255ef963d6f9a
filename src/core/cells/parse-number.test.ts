import fc from "fast-check";
import { parseNumber, type NumberRead } from "./parse-number";

const ok = (value: number): NumberRead => ({ ok: true, value, fromText: true });

describe("parseNumber in a count (số đếm)", () => {
  it.each<[string, string, number]>([
    ["reads '1.234' as 1234", "1.234", 1234],
    ["reads '1,234' as 1234", "1,234", 1234],
    ["reads '1.234.567' as 1234567", "1.234.567", 1234567],
    ["reads '1,234,567' as 1234567", "1,234,567", 1234567],
    ["reads '1 234' with a space between thousands as 1234", "1 234", 1234],
    ["reads '1\u00a0234' with a non-breaking space as 1234", "1\u00a0234", 1234],
    ["reads ' 45 ' with spaces around as 45", " 45 ", 45],
    ["reads '45\u00a0' with a trailing NBSP as 45", "45\u00a0", 45],
    ["reads '+12' as 12", "+12", 12],
    ["reads '-1.234' as -1234", "-1.234", -1234],
    ["reads '007' as 7", "007", 7],
    ["reads '0' as 0", "0", 0],
    ["reads '-0' as 0", "-0", 0],
    ["reads '1.234,5' as 1234.5 (unambiguous; the count rule then flags the decimals)", "1.234,5", 1234.5],
    ["reads '1,234.5' as 1234.5", "1,234.5", 1234.5],
  ])("%s", (_name, text, value) => {
    expect(parseNumber(text, "count")).toEqual(ok(value));
  });

  it.each<[string, string]>([
    ["'1,5' is ambiguous: a count has no decimals", "1,5"],
    ["'1.5' is ambiguous", "1.5"],
    ["'12.25' is ambiguous", "12.25"],
    ["'0,75' is ambiguous", "0,75"],
    ["'0.500' is ambiguous: a leading 0 is not a thousands group", "0.500"],
    ["'1234.567' is ambiguous: four digits before the mark are not a thousands group", "1234.567"],
    ["'1.2345' is ambiguous", "1.2345"],
    ["',5' is ambiguous", ",5"],
  ])("%s", (_name, text) => {
    expect(parseNumber(text, "count")).toEqual({ ok: false, reason: "ambiguous", text });
  });
});

describe("parseNumber in a decimal (số thập phân)", () => {
  it.each<[string, string, number]>([
    ["reads '12,5' as 12.5", "12,5", 12.5],
    ["reads '12.5' as 12.5", "12.5", 12.5],
    ["reads '0,75' as 0.75", "0,75", 0.75],
    ["reads '0.123' as 0.123 (a leading 0 is never a thousands group)", "0.123", 0.123],
    ["reads '1234,567' as 1234.567", "1234,567", 1234.567],
    ["reads '1,2345' as 1.2345", "1,2345", 1.2345],
    ["reads '1.234,5' as 1234.5", "1.234,5", 1234.5],
    ["reads '1,234.5' as 1234.5", "1,234.5", 1234.5],
    ["reads '1.234.567' as 1234567", "1.234.567", 1234567],
    ["reads '1.234.567,89' as 1234567.89", "1.234.567,89", 1234567.89],
    ["reads '1 234,5' as 1234.5", "1 234,5", 1234.5],
    ["reads '1 234.567' as 1234.567 (spaces group, so the dot is decimal)", "1 234.567", 1234.567],
    ["reads '-3,25' as -3.25", "-3,25", -3.25],
    ["reads '\u22123,25' with a minus sign as -3.25", "\u22123,25", -3.25],
    ["reads ',5' as 0.5", ",5", 0.5],
    ["reads '45' as 45", "45", 45],
  ])("%s", (_name, text, value) => {
    expect(parseNumber(text, "decimal")).toEqual(ok(value));
  });

  it.each(["1.234", "1,234", "-1.234", "999,000"])("'%s' is ambiguous: 1.234 or 1234", (text) => {
    expect(parseNumber(text, "decimal")).toEqual({ ok: false, reason: "ambiguous", text });
  });
});

describe("parseNumber on what is not a number", () => {
  it.each<[string, string]>([
    ["'75%' is for parsePercent", "75%"],
    ["'75 %' is for parsePercent", "75 %"],
    ["'abc'", "abc"],
    ["'12 hộ'", "12 hộ"],
    ["'1.2.3' (groups of the wrong size)", "1.2.3"],
    ["'12 34' (a space that does not group thousands)", "12 34"],
    ["'1..2'", "1..2"],
    ["'1.'", "1."],
    ["'1,234,5'", "1,234,5"],
    ["'1.234,5.6'", "1.234,5.6"],
    ["'1,5 234'", "1,5 234"],
    ["'-'", "-"],
    ["'+'", "+"],
    ["'1e5'", "1e5"],
    ["'#DIV/0!' typed as text", "#DIV/0!"],
  ])("rejects %s", (_name, text) => {
    expect(parseNumber(text, "decimal")).toEqual({ ok: false, reason: "not-a-number", text });
  });

  it("passes numbers through", () => {
    expect(parseNumber(12.5, "count")).toEqual({ ok: true, value: 12.5, fromText: false });
    expect(parseNumber(-0, "decimal")).toEqual({ ok: true, value: -0, fromText: false });
  });
  it.each([NaN, Infinity, -Infinity])("rejects the non-finite number %p", (n) => {
    expect(parseNumber(n, "count")).toEqual({ ok: false, reason: "not-a-number" });
  });
  it.each(["", "   ", "\u00a0\t\n"])("reads %p as empty", (text) => {
    expect(parseNumber(text, "count")).toEqual({ ok: false, reason: "empty" });
  });
  it("reads null as empty, an Excel error as excel-error, TRUE as boolean", () => {
    expect(parseNumber(null, "count")).toEqual({ ok: false, reason: "empty" });
    expect(parseNumber({ error: "#DIV/0!" }, "count")).toEqual({ ok: false, reason: "excel-error" });
    expect(parseNumber(true, "count")).toEqual({ ok: false, reason: "boolean" });
  });
});

/** n written Vietnamese style: "." between thousands. */
function viGrouped(n: bigint | number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

describe("parseNumber round trips", () => {
  it("reads back any non-negative integer written with '.' between thousands, as a count", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(parseNumber(viGrouped(n), "count")).toEqual(ok(n));
      }),
    );
  });
  it("reads back any decimal written with ',' as decimal mark (and '.' between thousands); 'd,ddd' alone stays ambiguous", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), digits, (whole, frac) => {
        const sign = whole < 0 ? "-" : "";
        const text = `${sign}${viGrouped(Math.abs(whole))},${frac}`;
        const expected = Number(`${sign}${Math.abs(whole)}.${frac}`);
        const looksLikeThousands = Math.abs(whole) >= 1 && Math.abs(whole) < 1000 && frac.length === 3;
        expect(parseNumber(text, "decimal")).toEqual(
          looksLikeThousands ? { ok: false, reason: "ambiguous", text } : ok(expected === 0 ? 0 : expected),
        );
      }),
    );
  });
});
