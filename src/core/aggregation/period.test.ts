import { periodOf, periodOfYear } from "./period";

describe("report period", () => {
  it.each([
    [{ year: 2025, month: 6, day: 30 }, "before"],
    [{ year: 2025, month: 7, day: 1 }, "after"],
    [{ year: 2025, month: 12, day: 15 }, "after"],
    [{ year: 2024, month: 12, day: 31 }, "before"],
    [{ year: 2019, month: 1, day: 1 }, "before"],
    [{ year: 2026, month: 1, day: 10 }, "after"],
  ] as const)("a report dated %j uses the %s-merger unit list", (date, period) => {
    expect(periodOf(date)).toBe(period);
  });

  it.each([
    [2019, "before"],
    [2024, "before"],
    [2025, "after"],
    [2026, "after"],
  ] as const)("a report known only as year %i uses the %s list (2025 year-end reports come after the merger)", (year, period) => {
    expect(periodOfYear(year)).toBe(period);
  });
});
