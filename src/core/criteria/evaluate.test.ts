import { BUILTIN_SETS, evaluate, selectSet, type CriteriaSet, type TitleId } from "./index";

const d = (year: number, month = 12, day = 31) => ({ year, month, day });
const set = (title: TitleId, year = 2024): CriteriaSet => {
  const s = selectSet(title, d(year));
  if (!s) throw new Error(`no set for ${title}`);
  return s;
};
describe("Công dân học tập (QĐ 324): total ≥ 80 and no indicator below 5", () => {
  it.each([
    ["tổng 80, mọi chỉ số ≥ 5 → Đạt", [8, 8, 8, 8, 8, 8, 8, 8, 8, 8], "met"],
    ["tổng 79 → Không đạt", [8, 8, 8, 8, 8, 8, 8, 8, 8, 7], "not-met"],
    ["một chỉ số 4, tổng 86 → Không đạt", [10, 10, 4, 10, 10, 10, 10, 10, 6, 6], "not-met"],
    ["một chỉ số 5, tổng 85 → Đạt", [10, 10, 5, 10, 10, 10, 10, 10, 5, 5], "met"],
    ["tổng 100 → Đạt", Array(10).fill(10), "met"],
  ])("%s", (_name, s, outcome) => {
    const v = evaluate(set("cong-dan"), { scores: s });
    expect(v.outcome).toBe(outcome);
    expect(v.provisional).toBe(false);
    expect(v.setId).toBe("cong-dan-324");
  });

  it("names the indicator below 5 and the short total", () => {
    const v = evaluate(set("cong-dan"), { scores: [4, 8, 8, 8, 8, 8, 8, 8, 8, 8] });
    const failed = v.criteria.filter((c) => !c.met);
    expect(failed.map((c) => [c.id, c.reason])).toEqual([
      ["cs1", "item-below-minimum"],
      ["tong-diem", "total-below-minimum"],
    ]);
    expect(v.points).toBe(76);
    expect(v.maxPoints).toBe(100);
  });

  it("missing indicators give insufficient data naming them, never a guess", () => {
    const v = evaluate(set("cong-dan"), { scores: [9, 9, 9, null, 9, 9, null, 9, 9, 9] });
    expect(v.outcome).toBe("insufficient-data");
    expect(v.missing).toEqual(["cs4", "cs7"]);
  });

  it.each([[11], [-1], [Number.NaN]])("a score of %p is out of range, not a verdict", (bad) => {
    const v = evaluate(set("cong-dan"), { scores: [bad, 9, 9, 9, 9, 9, 9, 9, 9, 9] });
    expect(v.outcome).toBe("insufficient-data");
    expect(v.invalid).toEqual(["cs1"]);
    expect(v.criteria[0].reason).toBe("value-out-of-range");
  });

  it("uses QĐ 244 before 25/10/2023, marked provisional, and nothing before 28/07/2022", () => {
    const s = selectSet("cong-dan", d(2023, 6, 1));
    expect(s?.id).toBe("cong-dan-244");
    expect(evaluate(s as CriteriaSet, { scores: Array(10).fill(9) }).provisional).toBe(true);
    expect(selectSet("cong-dan", d(2021))).toBeUndefined();
  });
});

describe("Gia đình học tập (QĐ 448): total ≥ 80, each criterion ≥ half [P]", () => {
  it.each([
    ["80 → Đạt", { tc1: 25, tc2: 25, tc3: 15, tc4: 15 }, "met"],
    ["79 → Không đạt", { tc1: 25, tc2: 25, tc3: 15, tc4: 14 }, "not-met"],
    ["TC3 9.5 < 10 dù tổng 85 → Không đạt", { tc1: 30, tc2: 30, tc3: 9.5, tc4: 15.5 }, "not-met"],
    ["TC1 14 < 15 → Không đạt", { tc1: 14, tc2: 30, tc3: 20, tc4: 20 }, "not-met"],
    ["TC1 đúng 15 → Đạt", { tc1: 15, tc2: 30, tc3: 20, tc4: 20 }, "met"],
  ])("%s", (_n, input, outcome) => {
    const v = evaluate(set("gia-dinh"), input);
    expect(v.outcome).toBe(outcome);
    expect(v.provisional).toBe(true);
  });

  it("accepts item points under a criterion", () => {
    const v = evaluate(set("gia-dinh"), { items: { "tc1-1": 10, "tc1-2": 10, "tc1-3": 5 }, tc2: 25, tc3: 15, tc4: 15 });
    expect(v.outcome).toBe("met");
    expect(v.points).toBe(80);
  });

  it("names the missing items of a partly filled criterion", () => {
    const v = evaluate(set("gia-dinh"), { items: { "tc1-1": 10 }, tc2: 25, tc3: 15 });
    expect(v.missing).toEqual(["tc1-2", "tc1-3", "tc4"]);
  });

  it("a criterion above its maximum is out of range", () => {
    expect(evaluate(set("gia-dinh"), { tc1: 31, tc2: 25, tc3: 15, tc4: 15 }).invalid).toEqual(["tc1"]);
  });
});

describe("Dòng họ and thôn: share ≥ 70% plus conditions [P]", () => {
  it.each([
    ["69% → Không đạt", { households: 100, recognisedHouseholds: 69, hasFund: true }, "not-met"],
    ["70% → Đạt", { households: 100, recognisedHouseholds: 70, hasFund: true }, "met"],
    ["7/10 = 70% → Đạt", { households: 10, "recognised-households": 7, "has-rules": true }, "met"],
    ["69,9% (699/1000) → Không đạt", { households: 1000, recognisedHouseholds: 699, hasFund: true }, "not-met"],
    ["no fund, no rules → Không đạt", { households: 10, recognisedHouseholds: 9, hasFund: false, hasRules: false }, "not-met"],
  ])("dòng họ %s", (_n, input, outcome) => {
    const v = evaluate(set("dong-ho"), input);
    expect(v.outcome).toBe(outcome);
    expect(v.provisional).toBe(true);
  });

  it("fund unknown but rules yes is enough; both unknown is missing data", () => {
    expect(evaluate(set("dong-ho"), { households: 10, recognisedHouseholds: 8, hasRules: true }).outcome).toBe("met");
    const v = evaluate(set("dong-ho"), { households: 10, recognisedHouseholds: 8, hasFund: false });
    expect(v.outcome).toBe("insufficient-data");
    expect(v.missing).toEqual(["has-rules"]);
  });

  it.each([
    [{ households: 0, recognisedHouseholds: 0 }, "households"],
    [{ households: 10, recognisedHouseholds: 11 }, "recognised-households"],
    [{ households: 10.5, recognisedHouseholds: 5 }, "households"],
  ])("impossible counts %p are out of range", (input, field) => {
    const v = evaluate(set("dong-ho"), { ...input, hasFund: true });
    expect(v.invalid).toEqual([field]);
  });

  it("village: all three conditions", () => {
    const s = set("cong-dong-thon");
    const base = { households: 50, recognisedHouseholds: 40, culturalVillage: true, associationActive: true };
    expect(evaluate(s, base).outcome).toBe("met");
    const v = evaluate(s, { ...base, culturalVillage: false });
    expect(v.outcome).toBe("not-met");
    expect(v.criteria.find((c) => !c.met)?.reason).toBe("condition-not-met");
    expect(evaluate(s, { households: 50, recognisedHouseholds: 40 }).missing).toEqual(["cultural-village", "association-active"]);
  });
});

describe("Bands of Thông tư 22/2020 (Tốt 85, Khá 70, Trung bình 50)", () => {
  it.each([
    [30, 30, 25, "good"],
    [30, 30, 24.9, "fair"],
    [30, 30, 10, "fair"],
    [30, 30, 9, "average"],
    [20, 20, 10, "average"],
    [20, 20, 9, "fail"],
  ])("%p + %p + %p → %s", (c1, c2, c3, outcome) => {
    const v = evaluate(set("don-vi-huyen", 2022), { c1, c2, c3 });
    expect(v.outcome).toBe(outcome);
    expect(v.setId).toBe("don-vi-huyen-tt22");
  });

  it("đơn vị cơ sở uses the same points, all provisional", () => {
    const v = evaluate(set("don-vi-co-so"), { c1: 30, c2: 30, c3: 25 });
    expect(v.outcome).toBe("good");
    expect(v.provisional).toBe(true);
  });

  it("TT 22 sets are not used after 25/01/2024", () => {
    expect(selectSet("don-vi-tinh", d(2024, 1, 25))?.id).toBe("don-vi-tinh-tt22");
    expect(selectSet("don-vi-tinh", d(2024, 1, 26))?.id).toBe("don-vi-tinh-tt24");
  });
});

const ENTERPRISE = { unitKinds: ["enterprise" as const] };
const tt24 = (over: Record<string, number | boolean | null> = {}) => ({
  items: {
    "tc1-ke-hoach": true,
    "tc1-che-do": true,
    "tc1-cong-cu-so": true,
    "tc1-hoat-dong": true,
    "tc2-ky-luat": 96,
    "tc2-boi-duong": 96,
    "tc3-cong-dan": 96,
    "tc3-chia-se": true,
    "tc3-lao-dong-tien-tien": true,
    "tc3-lao-dong-xuat-sac": true,
    ...over,
  },
});

describe("Đơn vị học tập cấp tỉnh (Thông tư 24/2023): Level 1 90%, Level 2 95%", () => {
  it.each([
    [{ "tc2-ky-luat": 89 }, "not-met"],
    [{ "tc2-ky-luat": 89.9 }, "not-met"],
    [{ "tc2-ky-luat": 90 }, "level-1"],
    [{ "tc3-cong-dan": 94 }, "level-1"],
    [{ "tc3-cong-dan": 95 }, "level-2"],
    [{ "tc3-lao-dong-xuat-sac": false }, "level-1"],
    [{ "tc3-lao-dong-xuat-sac": null }, "level-1"],
    [{ "tc1-ke-hoach": false }, "not-met"],
  ])("%p → %s", (over, outcome) => {
    expect(evaluate(set("don-vi-tinh"), tt24(over), ENTERPRISE).outcome).toBe(outcome);
  });

  it("a failed Level 2 target is named with its level", () => {
    const v = evaluate(set("don-vi-tinh"), tt24({ "tc3-cong-dan": 94 }), ENTERPRISE);
    const f = v.criteria.find((c) => !c.met);
    expect(f).toMatchObject({ id: "tc3-cong-dan", reason: "level-target-not-met", params: { level: "level-2", value: 94, min: 95 } });
  });

  it("an item for other unit kinds is not applicable only when the unit's kind is known; an empty required one is missing", () => {
    const ok = evaluate(set("don-vi-tinh"), tt24(), ENTERPRISE);
    expect(ok.outcome).toBe("level-2");
    expect(ok.criteria.filter((c) => c.reason === "not-applicable").map((c) => c.id)).toEqual(["tc1-kinh-phi", "tc3-nguoi-hoc", "tc3-chuyen-doi-so"]);
    const v = evaluate(set("don-vi-tinh"), tt24({ "tc1-che-do": null }), ENTERPRISE);
    expect(v.outcome).toBe("insufficient-data");
    expect(v.missing).toEqual(["tc1-che-do"]);
  });

  it("a unit of unknown kind that leaves the limited items blank has insufficient data, never a guessed 'not applicable'", () => {
    const v = evaluate(set("don-vi-tinh"), tt24());
    expect(v.outcome).toBe("insufficient-data");
    expect(v.missing).toEqual(["tc1-kinh-phi", "tc3-nguoi-hoc", "tc3-chuyen-doi-so"]);
  });

  it("a State body must have the training budget; an education institution the learners' share (95% / 97%) and digital level", () => {
    const state = { unitKinds: ["state-body" as const] };
    expect(evaluate(set("don-vi-tinh"), tt24({ "tc1-kinh-phi": true }), state).outcome).toBe("level-2");
    expect(evaluate(set("don-vi-tinh"), tt24({ "tc1-kinh-phi": false }), state).outcome).toBe("not-met");
    expect(evaluate(set("don-vi-tinh"), tt24(), state).missing).toEqual(["tc1-kinh-phi"]);
    const school = { unitKinds: ["education" as const] };
    const edu = (n: number | null) => evaluate(set("don-vi-tinh"), tt24({ "tc3-nguoi-hoc": n, "tc3-chuyen-doi-so": true }), school);
    expect(edu(null).missing).toEqual(["tc3-nguoi-hoc"]);
    expect(edu(94.9).outcome).toBe("not-met");
    expect(edu(95).outcome).toBe("level-1");
    expect(edu(96.9).outcome).toBe("level-1");
    expect(edu(97).outcome).toBe("level-2");
  });

  it("a percentage above 100 is out of range", () => {
    expect(evaluate(set("don-vi-tinh"), tt24({ "tc2-ky-luat": 120 }), ENTERPRISE).invalid).toEqual(["tc2-ky-luat"]);
  });

  it("Level 2 of criterion 2 is provisional", () => {
    expect(evaluate(set("don-vi-tinh"), tt24(), ENTERPRISE).provisional).toBe(true);
  });
});

describe("Cộng đồng học tập cấp xã", () => {
  const all = (v: boolean | null, lvl2: boolean | null = v) => ({
    items: Object.fromEntries(
      ["tc1-tuyen-truyen", "tc1-chuong-trinh", "tc1-tuan-le", "tc2-kinh-phi", "tc2-xa-hoi-hoa", "tc2-phoi-hop", "tc3-hieu-qua", "tc4-muc-1", "tc5-muc-1"]
        .map((k) => [k, v] as [string, boolean | null])
        .concat([["tc4-muc-2", lvl2], ["tc5-muc-2", lvl2]]),
    ),
  });
  it("TT 25 from 12/02/2024: Level 2 when every item is met", () => {
    const s = selectSet("cong-dong-xa", d(2024, 2, 12)) as CriteriaSet;
    expect(s.id).toBe("cong-dong-xa-tt25");
    expect(evaluate(s, all(true)).outcome).toBe("level-2");
    expect(evaluate(s, all(true, false)).outcome).toBe("level-1");
    expect(evaluate(s, all(true, null)).outcome).toBe("level-1");
    expect(evaluate(s, all(null)).outcome).toBe("insufficient-data");
  });
  it("TT 44 before it records only the rating", () => {
    const s = selectSet("cong-dong-xa", d(2023)) as CriteriaSet;
    expect(s.id).toBe("cong-dong-xa-tt44");
    expect(evaluate(s, { "xep-loai-dat": true }).outcome).toBe("met");
    expect(evaluate(s, { "xep-loai-dat": false }).outcome).toBe("not-met");
  });
});

it("every title has a set in force at the end of 2024", () => {
  for (const t of ["cong-dan", "gia-dinh", "dong-ho", "cong-dong-thon", "don-vi-co-so", "don-vi-huyen", "don-vi-tinh", "cong-dong-xa", "cong-dong-huyen", "cong-dong-tinh"] as const)
    expect(selectSet(t, d(2024), BUILTIN_SETS)).toBeDefined();
});

describe("district sets end when districts ended (2025-07-01)", () => {
  it.each(["don-vi-huyen", "cong-dong-huyen"] as const)("%s: in force on 2025-06-30, none from 2025-07-01 (and so for the 2025 report year)", (title) => {
    expect(selectSet(title, d(2025, 6, 30))).toBeDefined();
    expect(selectSet(title, d(2025, 7, 1))).toBeUndefined();
    expect(selectSet(title, d(2025))).toBeUndefined();
  });
  it("province and commune sets go on", () => {
    expect(selectSet("don-vi-tinh", d(2026))?.id).toBe("don-vi-tinh-tt24");
    expect(selectSet("cong-dong-xa", d(2026))?.id).toBe("cong-dong-xa-tt25");
    expect(selectSet("don-vi-co-so", d(2026))?.id).toBe("don-vi-co-so-448");
  });
  it("TT 22 bands until 25/01/2024, TT 24 levels from 26/01/2024", () => {
    expect(selectSet("don-vi-tinh", d(2024, 1, 25))?.id).toBe("don-vi-tinh-tt22");
    expect(selectSet("don-vi-tinh", d(2024, 1, 26))?.id).toBe("don-vi-tinh-tt24");
  });
});
