import { BUILTIN_SETS, criteriaSetsFromGrid, criteriaSetsToGrid, evaluate, parseCriteriaFile, recogniserOn, valueEntries, type CriteriaInput, type CriteriaSet } from "./index";

const builtin = (id: string) => BUILTIN_SETS.find((s) => s.id === id) as CriteriaSet;

/** Every provisional value of a set confirmed through the criteria sheet: the mark column changed to "Tỉnh xác nhận". */
function confirmAllOnSheet(set: CriteriaSet, only?: (path: string) => boolean): CriteriaSet {
  const grid = criteriaSetsToGrid([set]);
  const rows = grid.rows.map((r, i) => (i > 0 && r[5] === "Chưa xác nhận" && (!only || only(String(r[2]))) ? [...r.slice(0, 5), "Tỉnh xác nhận", r[6]] : r));
  const read = criteriaSetsFromGrid(rows, [set]);
  expect(read.issues).toEqual([]);
  return read.sets[0];
}

/** The same through a province file, the format the province profile will carry: `{ base, version, values }`. */
function confirmAllInFile(set: CriteriaSet): CriteriaSet {
  const values = Object.fromEntries(valueEntries(set).filter((e) => e.threshold.confidence === "P").map((e) => [e.path, e.threshold.value]));
  const r = parseCriteriaFile([{ base: set.id, version: `${set.version}-lc`, values }], [set]);
  if (!r.ok) throw new Error(r.error.join("\n"));
  return r.value[0];
}

const tt24 = {
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
};
const tt25 = Object.fromEntries(
  ["tc1-tuyen-truyen", "tc1-chuong-trinh", "tc1-tuan-le", "tc2-kinh-phi", "tc2-xa-hoi-hoa", "tc2-phoi-hop", "tc3-hieu-qua", "tc4-muc-1", "tc4-muc-2", "tc5-muc-1", "tc5-muc-2"].map((k) => [k, true]),
);

/** One case per kind of value: points maxima and minima, a total, bands, a share, a condition, a % target, a yes/no item. */
const CASES: readonly (readonly [string, string, CriteriaInput, string])[] = [
  ["points minima and total (gia-dinh)", "gia-dinh-448", { tc1: 25, tc2: 25, tc3: 15, tc4: 15 }, "met"],
  ["bands and item maxima (don-vi-co-so)", "don-vi-co-so-448", { c1: 30, c2: 25, c3: 30 }, "good"],
  ["share minimum and a condition (dong-ho)", "dong-ho-448", { households: 10, "recognised-households": 7, "has-fund": true }, "met"],
  ["share minimum and two conditions (cong-dong-thon)", "cong-dong-thon-448", { households: 10, "recognised-households": 7, "cultural-village": true, "association-active": true }, "met"],
  ["percentage targets per level (don-vi-tinh TT 24)", "don-vi-tinh-tt24", { items: tt24 }, "level-2"],
  ["yes/no items and % targets (don-vi-huyen TT 24)", "don-vi-huyen-tt24", { items: tt24 }, "level-2"],
  ["yes/no items of TT 25 (cong-dong-xa)", "cong-dong-xa-tt25", { items: tt25 }, "level-2"],
  ["the TT 44 rating (cong-dong-xa before 2024)", "cong-dong-xa-tt44", { "xep-loai-dat": true }, "met"],
];

describe("a province confirms every kind of value, and a confirmed value clears 'chưa xác nhận'", () => {
  it.each(CASES)("%s: built-in is provisional; confirmed on the sheet or in a file it is not", (_name, id, input, outcome) => {
    const set = builtin(id);
    const opts = { unitKinds: ["enterprise" as const] };
    const before = evaluate(set, input, opts);
    expect([before.outcome, before.provisional]).toEqual([outcome, true]);
    for (const confirmed of [confirmAllOnSheet(set), confirmAllInFile(set)]) {
      const after = evaluate(confirmed, input, opts);
      expect([after.outcome, after.provisional, after.criteria.some((c) => c.provisional)]).toEqual([outcome, false, false]);
      expect(valueEntries(confirmed).filter((e) => e.threshold.confidence === "P")).toEqual([]);
    }
  });

  it("a dong-ho verdict with only its minimum confirmed still rests on the unconfirmed condition; with both it does not", () => {
    const set = builtin("dong-ho-448");
    const input = { households: 10, "recognised-households": 7, "has-fund": true };
    expect(evaluate(confirmAllOnSheet(set, (p) => p === "share.min"), input).provisional).toBe(true);
    expect(evaluate(confirmAllOnSheet(set), input).provisional).toBe(false);
  });

  it("a required item is confirmed, never removed: another value than 1 is refused with its row and cell", () => {
    const set = builtin("cong-dong-thon-448");
    const rows = criteriaSetsToGrid([set]).rows.map((r) => (r[2] === "thon-van-hoa.required" ? [...r.slice(0, 4), 0, ...r.slice(5)] : r));
    const read = criteriaSetsFromGrid(rows, [set]);
    expect(read.sets).toEqual([]);
    expect(read.issues[0]).toMatchObject({ severity: "error", cell: "E3" });
    const file = parseCriteriaFile([{ base: set.id, version: "x", values: { "thon-van-hoa.required": 0 } }]);
    expect(!file.ok && file.error[0]).toMatch(/thon-van-hoa\.required: chỉ số bắt buộc chỉ nhận giá trị 1/);
  });

  it("an undecided verdict is provisional exactly when its set has an unconfirmed value, whichever inputs were read", () => {
    const gd = builtin("gia-dinh-448");
    expect(evaluate(gd, { tc1: 25 }).provisional).toBe(true);
    expect(evaluate(gd, { tc1: 25, tc2: 25, tc3: 15 }).provisional).toBe(true);
    expect(evaluate(confirmAllOnSheet(gd), { tc1: 25 }).provisional).toBe(false);
    expect(evaluate(builtin("cong-dan-324"), { scores: [10, 10] }).provisional).toBe(false);
  });
});

describe("who recognises a title is a setting, by period", () => {
  const tt25 = builtin("cong-dong-xa-tt25");
  it("the district education office before 2025-07-01 [V]; unconfirmed after it", () => {
    expect(recogniserOn(tt25, { year: 2024, month: 12, day: 31 })).toMatchObject({ name: "Trưởng phòng Giáo dục và Đào tạo cấp huyện", confidence: "V" });
    expect(recogniserOn(tt25, { year: 2025, month: 6, day: 30 })?.confidence).toBe("V");
    expect(recogniserOn(tt25, { year: 2025, month: 7, day: 1 })?.confidence).toBe("P");
    expect(recogniserOn(builtin("don-vi-tinh-tt24"), { year: 2026, month: 1, day: 1 })?.name).toBe("Chủ tịch Ủy ban nhân dân tỉnh");
    expect(recogniserOn(builtin("gia-dinh-448"), { year: 2026, month: 1, day: 1 })).toBeUndefined();
  });
  it("a province states its own in its criteria file, marked as its own (T)", () => {
    const r = parseCriteriaFile([{ base: tt25.id, version: "LC-2026", values: {}, recognisers: [{ from: "2025-07-01", name: "Chủ tịch UBND xã" }] }]);
    if (!r.ok) throw new Error(r.error.join("\n"));
    expect(recogniserOn(r.value[0], { year: 2026, month: 3, day: 31 })).toEqual({ from: "2025-07-01", name: "Chủ tịch UBND xã", confidence: "T" });
  });
});
