import { describeFailures, describeVerdict, evaluate, selectSet, type CriteriaSet, type TitleId } from "./index";

const set = (t: TitleId, year = 2024) => selectSet(t, { year, month: 12, day: 31 }) as CriteriaSet;

describe("describeVerdict", () => {
  it.each([
    ["cong-dan", { scores: [9, 9, 9, 9, 9, 9, 9, 9, 9, 5] }, "Đạt — 86/100 điểm", "Met — 86/100 points"],
    ["cong-dan", { scores: [8, 8, 4, 8, 8, 8, 8, 8, 8, 10] }, "Không đạt: CS3 = 4 < 5; tổng 78 < 80", "Not met: CS3 = 4 < 5; total 78 < 80"],
    ["cong-dan", { scores: [8, 8, 8, null, 8, 8, null, 8, 8, 8] }, "Chưa đủ dữ liệu: thiếu CS4, CS7", "Not enough data: missing CS4, CS7"],
    ["cong-dan", { scores: [11, 8, 8, 8, 8, 8, 8, 8, 8, 8] }, "Chưa đủ dữ liệu: CS1 = 11 ngoài 0–10", "Not enough data: CS1 = 11 outside 0–10"],
    ["gia-dinh", { tc1: 25, tc2: 25, tc3: 15, tc4: 14.5 }, "Không đạt: tổng 79,5 < 80 (có giá trị chưa xác nhận)", "Not met: total 79.5 < 80 (uses unconfirmed values)"],
    ["don-vi-co-so", { c1: 30, c2: 30, c3: 25 }, "Tốt — 85/100 điểm (có giá trị chưa xác nhận)", "Good — 85/100 points (uses unconfirmed values)"],
  ] as const)("%s %p", (title, input, vi, en) => {
    const v = evaluate(set(title), input);
    expect(describeVerdict(v)).toBe(vi);
    expect(describeVerdict(v, "en")).toBe(en);
  });

  it("levels read as Mức độ", () => {
    const v = evaluate(set("cong-dong-huyen"), { "dat-muc-1": true });
    expect(describeVerdict(v)).toBe("Mức độ 1 (có giá trị chưa xác nhận)");
  });
});

describe("describeFailures", () => {
  it("phrases each failed criterion in plain Vietnamese", () => {
    const v = evaluate(set("dong-ho"), { households: 20, recognisedHouseholds: 13, hasFund: false, hasRules: false });
    expect(describeFailures(v)).toEqual([
      "Tỷ lệ hộ đạt Gia đình học tập 65% (13/20 hộ), thấp hơn 70%. (có giá trị chưa xác nhận)",
      "Chưa đạt: Có quỹ khuyến học hoặc quy ước khuyến học. (có giá trị chưa xác nhận)",
    ]);
  });
  it("names the level of a missed target", () => {
    const items = {
      "tc1-ke-hoach": true,
      "tc1-che-do": true,
      "tc1-cong-cu-so": true,
      "tc1-hoat-dong": true,
      "tc2-ky-luat": 92,
      "tc2-boi-duong": 96,
      "tc3-cong-dan": 96,
      "tc3-chia-se": true,
      "tc3-lao-dong-tien-tien": true,
      "tc3-lao-dong-xuat-sac": true,
    };
    const v = evaluate(set("don-vi-tinh"), { items }, { unitKinds: ["enterprise"] });
    expect(v.outcome).toBe("level-1");
    expect(describeFailures(v)).toEqual(["Tỷ lệ thành viên chấp hành kỷ luật, đoàn kết: 92%, chưa đạt 95% của Mức độ 2. (có giá trị chưa xác nhận)"]);
  });
  it("is empty when everything is met", () => {
    expect(describeFailures(evaluate(set("cong-dan"), { scores: Array(10).fill(10) }))).toEqual([]);
  });
});
