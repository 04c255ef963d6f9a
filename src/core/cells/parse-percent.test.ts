import fc from "fast-check";
import { fractionToPercent, isPercentFormat, parsePercent } from "./parse-percent";

describe("parsePercent (tỷ lệ %)", () => {
  it.each<[string, number, string | null, number]>([
    ["reads 0.75 under '0%' as 75 %", 0.75, "0%", 75],
    ["reads 0.506 under '0.0%' as 50.6 %, not 50.599999…", 0.506, "0.0%", 50.6],
    ["reads 0.123 under '0.00%' as 12.3 %", 0.123, "0.00%", 12.3],
    ["reads 1 under '0%' as 100 %", 1, "0%", 100],
    ["reads 0.07 under '#,##0.0%' as 7 %", 0.07, "#,##0.0%", 7],
  ])("%s", (_name, value, format, expected) => {
    expect(parsePercent(value, format)).toEqual({ ok: true, value: expected, fromText: false, storedAsFraction: true });
  });

  it.each<[string, number, string | null]>([
    ["takes 75 in a General cell as 75 %", 75, "General"],
    ["takes 75 with no known format as 75 %", 75, null],
    ["takes 0.75 with no % format as it is (no guessing)", 0.75, "0.00"],
    ["takes 5 under a quoted '\"%\"' literal as it is", 5, '0"%"'],
    ["takes 5 under an escaped '\\%' as it is", 5, "0\\%"],
  ])("%s", (_name, value, format) => {
    expect(parsePercent(value, format)).toEqual({ ok: true, value, fromText: false, storedAsFraction: false });
  });

  it.each<[string, string, number]>([
    ["reads '75%' as 75", "75%", 75],
    ["reads '75 %' as 75", "75 %", 75],
    ["reads ' 75\u00a0% ' as 75", " 75\u00a0% ", 75],
    ["reads '50,6%' as 50.6", "50,6%", 50.6],
    ["reads '50.6%' as 50.6", "50.6%", 50.6],
    ["reads '50,6' as 50.6", "50,6", 50.6],
    ["reads '0,75' as 0.75 (text is never rescaled)", "0,75", 0.75],
    ["reads '12,345%' as 12.345 (a rate of 12 345 % is not plausible)", "12,345%", 12.345],
    ["reads '100%' as 100", "100%", 100],
    ["reads '-5%' as -5", "-5%", -5],
  ])("%s", (_name, text, value) => {
    expect(parsePercent(text, null)).toEqual({ ok: true, value, fromText: true, storedAsFraction: false });
  });

  it.each<[string, string, string]>([
    ["rejects '%' alone", "%", "not-a-number"],
    ["rejects 'bảy lăm %'", "bảy lăm %", "not-a-number"],
    ["rejects '75%%'", "75%%", "not-a-number"],
    ["rejects '1.2.3%'", "1.2.3%", "not-a-number"],
  ])("%s", (_name, text, reason) => {
    expect(parsePercent(text, null)).toEqual({ ok: false, reason, text });
  });

  it("reads empty, errors and booleans like parseNumber", () => {
    expect(parsePercent(null, "0%")).toEqual({ ok: false, reason: "empty" });
    expect(parsePercent("  ", null)).toEqual({ ok: false, reason: "empty" });
    expect(parsePercent({ error: "#DIV/0!" }, "0%")).toEqual({ ok: false, reason: "excel-error" });
    expect(parsePercent(false, null)).toEqual({ ok: false, reason: "boolean" });
    expect(parsePercent(NaN, "0%")).toEqual({ ok: false, reason: "not-a-number" });
  });

  it.each<[string | null, boolean]>([
    ["0%", true], ["0.0%", true], ["[Red]0.0%", true], ["0.0%;-0.0%", true], [null, false], ["General", false],
    ['0"%"', false], ["0\\%", false], ["[$%-42A]0", false], ["0;0%", false],
  ])("knows whether the format %p scales by 100", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  it("scales any two-decimal fraction without floating-point noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), (tenThousandths) => {
        expect(fractionToPercent(tenThousandths / 10000)).toBe(Number((tenThousandths / 100).toFixed(2)));
      }),
    );
  });
});
