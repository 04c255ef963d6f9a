import { BUILTIN_SETS, criteriaSetsFromGrid, criteriaSetsToGrid, evaluate, parseCriteriaFile, parseCriteriaSet, selectSet, withOverrides, type CriteriaSet } from "./index";

const giaDinh = BUILTIN_SETS.find((s) => s.id === "gia-dinh-448")!;
const end2024 = { year: 2024, month: 12, day: 31 };

describe("criteria set schema: clear Vietnamese errors naming the path", () => {
  it("a negative maximum names the item", () => {
    const bad = JSON.parse(JSON.stringify(giaDinh));
    bad.rule.groups[2].max.value = -1;
    const r = parseCriteriaSet(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain("Bộ tiêu chí 'gia-dinh-448', mục tc3.max: phải là số ≥ 0");
  });
  it.each([
    [(s: Record<string, unknown>) => (s.title = "gia-dinh-x"), "mục title: phải là một trong"],
    [(s: Record<string, unknown>) => (s.validFrom = "01/12/2015"), "mục validFrom: phải là ngày dạng yyyy-mm-dd"],
    [(s: Record<string, unknown>) => delete s.version, "mục version: bị thiếu"],
    [(s: Record<string, unknown>) => ((s.rule as { total: { min: unknown } }).total.min = { value: 80, confidence: "X" }), "mục total.min.confidence: phải là một trong: V, I, P, T"],
  ])("%#: %s", (mutate, text) => {
    const s = JSON.parse(JSON.stringify(giaDinh));
    mutate(s);
    const r = parseCriteriaSet(s);
    expect(!r.ok && r.error.join("\n")).toContain(text);
  });
  it("inconsistent maxima are reported", () => {
    const s = JSON.parse(JSON.stringify(giaDinh));
    s.rule.groups[0].items[0].max.value = 15;
    const r = parseCriteriaSet(s);
    expect(!r.ok && r.error[0]).toMatch(/tc1: tổng điểm tối đa các mục \(35\) khác điểm tối đa của nhóm \(30\)/);
  });
});

describe("parseCriteriaFile", () => {
  it("applies a partial override as a province value (T) that wins over the built-in", () => {
    const r = parseCriteriaFile([{ base: "gia-dinh-448", version: "LC-2025", values: { "total.min": 75, "tc3.min": 8 } }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const set = r.value[0];
    expect(set).toMatchObject({ id: "gia-dinh-448", version: "LC-2025", origin: "file" });
    const chosen = selectSet("gia-dinh", end2024, withOverrides(r.value)) as CriteriaSet;
    expect(chosen.version).toBe("LC-2025");
    const v = evaluate(chosen, { tc1: 25, tc2: 25, tc3: 15, tc4: 10 });
    expect(v.outcome).toBe("met");
    expect(v.criteria.find((c) => c.id === "tong-diem")?.provisional).toBe(false);
  });
  it.each([
    [[{ base: "khong-co", version: "1", values: {} }], "không có bộ tiêu chí gốc 'khong-co'"],
    [[{ base: "gia-dinh-448", values: { "total.min": 75 } }], "thiếu phiên bản"],
    [[{ base: "gia-dinh-448", version: "1", values: { "tc9.min": 5 } }], `không có giá trị "tc9.min"`],
    [[{ base: "gia-dinh-448", version: "1", values: { "total.min": -3 } }], "mục total.min: phải là số ≥ 0"],
    ["chữ", "phải là một danh sách"],
  ])("%#: %p → %s", (json, text) => {
    const r = parseCriteriaFile(json);
    expect(!r.ok && r.error.join("\n")).toContain(text);
  });
  it("accepts full sets, marked as from a file", () => {
    const r = parseCriteriaFile({ sets: [{ ...giaDinh, id: "gia-dinh-lc", version: "2025" }] });
    expect(r.ok && r.value[0].origin).toBe("file");
  });
});

describe("criteria sheet", () => {
  const grid = criteriaSetsToGrid(BUILTIN_SETS);
  it("one row per value with Vietnamese marks and basis", () => {
    expect(grid.sheetName).toBe("Tiêu chí XHHT");
    expect(grid.rows[0]).toEqual(["Bộ tiêu chí", "Phiên bản", "Đường dẫn", "Mô tả", "Giá trị", "Độ tin cậy", "Căn cứ"]);
    expect(grid.rows).toContainEqual(["gia-dinh-448", "2015.1", "total.min", "Tổng điểm tối thiểu để đạt", 80, "Chưa xác nhận", "Quyết định 448/QĐ-KHVN, 01/12/2015, Hội Khuyến học Việt Nam"]);
  });
  it("reads back unchanged as no overrides", () => {
    expect(criteriaSetsFromGrid(grid.rows)).toEqual({ sets: [], issues: [] });
  });
  it("an officer's edit becomes a province value and a +sheet version", () => {
    const rows = grid.rows.map((r) => [...r]);
    const i = rows.findIndex((r) => r[0] === "gia-dinh-448" && r[2] === "total.min");
    rows[i][4] = "75";
    const { sets, issues } = criteriaSetsFromGrid(rows);
    expect(issues).toEqual([]);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ id: "gia-dinh-448", version: "2015.1+sheet", origin: "sheet", rule: { total: { min: { value: 75, confidence: "T" } } } });
  });
  it("confirming a value without changing it is a province mark too", () => {
    const rows = grid.rows.map((r) => [...r]);
    const i = rows.findIndex((r) => r[0] === "dong-ho-448" && r[2] === "share.min");
    rows[i][5] = "Tỉnh xác nhận";
    const set = criteriaSetsFromGrid(rows).sets[0];
    expect(set.rule.kind === "share" && set.rule.minShare).toEqual({ value: 70, confidence: "T" });
    expect(evaluate(set, { households: 10, recognisedHouseholds: 7, hasFund: true }).criteria[0].provisional).toBe(false);
  });
  it("bad cells are named by row and cell", () => {
    const rows = grid.rows.map((r) => [...r]);
    const i = rows.findIndex((r) => r[0] === "don-vi-tinh-tt24" && r[2] === "tc2-ky-luat.level-1");
    rows[i][4] = 120;
    rows.push(["khong-co", "1", "total.min", "", 1, "", ""]);
    rows.push(["cong-dan-324", "1", "cs99.min", "", 1, "", ""]);
    const { issues } = criteriaSetsFromGrid(rows);
    expect(issues.map((x) => [x.cell, x.message])).toEqual([
      [`E${i + 1}`, expect.stringMatching(/^Hàng \d+, ô E\d+ \(Tỷ lệ thành viên chấp hành kỷ luật, đoàn kết — Mức độ 1 \(%\)\): "120" không hợp lệ, phải là số từ 0 đến 100\.$/)],
      [`A${rows.length - 1}`, expect.stringContaining(`không có bộ tiêu chí "khong-co"`)],
      [`C${rows.length}`, expect.stringContaining(`không có đường dẫn "cs99.min"`)],
    ]);
  });
  it("an edit that breaks the set's sums is reported at its row", () => {
    const rows = grid.rows.map((r) => [...r]);
    const i = rows.findIndex((r) => r[0] === "gia-dinh-448" && r[2] === "tc1-1.max");
    rows[i][4] = 12;
    const { sets, issues } = criteriaSetsFromGrid(rows);
    expect(sets).toEqual([]);
    expect(issues[0]).toMatchObject({ row: i + 1, severity: "error" });
  });
  it("a sheet without its header row says so", () => {
    expect(criteriaSetsFromGrid([["x"]]).issues[0].message).toMatch(/không có dòng tiêu đề/);
  });
});

describe("area variants and precedence", () => {
  const withVariant: CriteriaSet = {
    ...giaDinh,
    id: "gia-dinh-lc",
    origin: "file",
    variants: [{ area: "mien-nui", label: "Xã miền núi", values: { "total.min": { value: 70, confidence: "T" } } }],
  };
  it("applies a variant only for its area", () => {
    const input = { tc1: 22, tc2: 22, tc3: 14, tc4: 14 };
    const plain = selectSet("gia-dinh", end2024, withOverrides([withVariant]))!;
    expect(evaluate(plain, input).outcome).toBe("not-met");
    const mountain = selectSet("gia-dinh", end2024, withOverrides([withVariant]), "mien-nui")!;
    const v = evaluate(mountain, input);
    expect(v.outcome).toBe("met");
    expect(v.area).toBe("mien-nui");
    expect(evaluate(plain, input, { area: "mien-nui" }).outcome).toBe("met");
  });
  it("a sheet override beats a file override, which beats the built-in", () => {
    const file = { ...giaDinh, version: "file", origin: "file" as const };
    const sheet = { ...giaDinh, version: "sheet", origin: "sheet" as const };
    expect(selectSet("gia-dinh", end2024, [...BUILTIN_SETS, sheet, file])?.version).toBe("sheet");
    expect(selectSet("gia-dinh", end2024, [...BUILTIN_SETS, file])?.version).toBe("file");
  });
});
