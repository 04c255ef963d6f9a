import { NATIONAL_TARGETS, PROVINCE_TARGET_BASIS, targetFor, targetUnconfirmed } from "./targets";

describe("targets as criteria.md gives them", () => {
  it("QĐ 387 for 2021–2025 [V] and 2026–2030 [I], at the phase boundaries", () => {
    expect(targetFor("gia-dinh", 2021)).toMatchObject({ percent: 70, byYear: 2025, confidence: "V" });
    expect(targetFor("gia-dinh", 2025)).toMatchObject({ percent: 70, byYear: 2025 });
    expect(targetFor("gia-dinh", 2026)).toMatchObject({ percent: 80, byYear: 2030, confidence: "I" });
    expect(targetFor("gia-dinh", 2031)).toBeNull();
  });

  it("the 2030 citizen target is unconfirmed because sources differ (70% / 60%)", () => {
    const t = targetFor("cong-dan", 2027);
    expect(t).toMatchObject({ percent: 70, confidence: "P" });
    expect(t?.basis).toMatch(/60%/);
    expect(targetUnconfirmed(t!)).toBe(true);
    expect(targetFor("cong-dan", 2024)).toMatchObject({ percent: 40, confidence: "V" });
  });

  it("officials and workers in learning units: 60% by 2025, 80% by 2030 (QĐ 677)", () => {
    expect(targetFor("cong-dan-don-vi", 2024)).toMatchObject({ percent: 60, basis: "QĐ 677/QĐ-TTg", confidence: "V" });
    expect(targetFor("cong-dan-don-vi", 2030)).toMatchObject({ percent: 80, confidence: "V" });
  });

  it("reports of 2016–2020 get QĐ 281's 2020 targets, lower in mountainous and disadvantaged areas", () => {
    expect([2016, 2020].map((y) => targetFor("gia-dinh", y)?.percent)).toEqual([70, 70]);
    expect(["dong-ho", "cong-dong-thon", "don-vi-co-so"].map((g) => targetFor(g, 2019)?.percent)).toEqual([50, 60, 50]);
    expect(["gia-dinh", "dong-ho", "cong-dong-thon"].map((g) => targetFor(g, 2019, undefined, "mien-nui-kho-khan")?.percent)).toEqual([60, 40, 50]);
    // No area figure for units: the national one applies.
    expect(targetFor("don-vi-co-so", 2019, undefined, "mien-nui-kho-khan")?.percent).toBe(50);
    expect(targetFor("gia-dinh", 2015)).toBeNull();
  });

  it("a province's own target is marked as the province's, not as verified", () => {
    const t = targetFor("gia-dinh", 2025, { "gia-dinh": 75 });
    expect(t).toMatchObject({ percent: 75, confidence: "T", basis: PROVINCE_TARGET_BASIS });
    expect(targetUnconfirmed(t!)).toBe(false);
  });

  it("every target names its basis", () => {
    for (const t of NATIONAL_TARGETS) expect(t.basis).toMatch(/^QĐ \d+\/QĐ-TTg/);
  });
});
