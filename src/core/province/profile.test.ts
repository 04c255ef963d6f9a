import { valueEntries } from "../criteria/value-paths";
import { adminData } from "../aggregation/admin-data";
import { deadlinesOfYear, laoCaiProfile, nextDeadline, parseProfile, parseProfileText, rosterForYear, rosterOn } from "./index";

// The province's template file of test/fixtures/templates/province-form.json, as "Ghép cột" exports it.
const FORM = {
  format: "xhht-column-map",
  version: 1,
  name: "Mẫu báo cáo Gia đình học tập của tỉnh (thử nghiệm)",
  maps: [
    {
      templateId: "tong-hop-mo-hinh",
      sheet: "Mẫu tỉnh",
      columns: [
        { header: "Nơi báo cáo", field: "unit-name" },
        { header: "Số hộ toàn thôn", field: "gia-dinh.total" },
        { header: "Hộ ghi danh", field: "gia-dinh.registered" },
        { header: "Hộ đạt chuẩn", field: "gia-dinh.recognised" },
        { header: "Tỉ trọng (%)", field: "gia-dinh.rate" },
      ],
    },
  ],
};
const copy = () => JSON.parse(JSON.stringify(laoCaiProfile())) as Record<string, unknown> & ReturnType<typeof laoCaiProfile>;

describe("the built-in Lào Cai profile", () => {
  it("passes its own schema", () => {
    expect(parseProfile(copy()).ok).toBe(true);
  });
  it("expects the 99 communes and wards for 2025 and later, the old communes before", () => {
    expect(rosterForYear(laoCaiProfile(), 2025)?.units).toHaveLength(99);
    expect(rosterForYear(laoCaiProfile(), 2026)?.units).toHaveLength(99);
    const old = rosterForYear(laoCaiProfile(), 2024)?.units ?? [];
    expect(old.length).toBe(adminData().communesBefore.length);
    expect(old.some((u) => u.name === "Phường Yên Thịnh")).toBe(true);
    expect(rosterOn(laoCaiProfile(), { year: 2025, month: 6, day: 30 })?.to).toBe("2025-06-30");
  });
  it("carries the national targets of 2025 and 2030 with their basis and confidence", () => {
    const t = laoCaiProfile().targets.find((x) => x.group === "gia-dinh" && x.byYear === 2030);
    expect(t).toEqual({ group: "gia-dinh", byYear: 2030, percent: 80, basis: "QĐ 387/QĐ-TTg", confidence: "I" });
  });
  it("gives the days left to the next deadline of a data year, and none when all passed", () => {
    const p = laoCaiProfile();
    expect(nextDeadline(p, 2025, { year: 2025, month: 12, day: 1 })).toMatchObject({ deadline: { id: "bao-cao-nam" }, daysLeft: 14 });
    expect(nextDeadline(p, 2025, { year: 2026, month: 2, day: 20 })).toMatchObject({ deadline: { id: "ho-so-xa" }, daysLeft: 8 });
    expect(nextDeadline(p, 2025, { year: 2026, month: 4, day: 1 })).toBeNull();
    expect(deadlinesOfYear(p, 2025, { year: 2026, month: 4, day: 1 })[0].daysLeft).toBeLessThan(0);
  });
});

describe("a province's own profile", () => {
  it("turns a confirmed value into a province value (T) of the criteria set, so it is no longer unconfirmed", () => {
    const p = copy();
    p.confirmedValues = [{ base: "gia-dinh-448", path: "tc3.min", value: 12, document: { number: "123/HD-SGDĐT", date: "2025-09-01" } }];
    const r = parseProfile(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const set = r.value.criteriaSets[0];
    expect(set.version).toBe("lao-cai: 123/HD-SGDĐT");
    expect(valueEntries(set).find((e) => e.path === "tc3.min")?.threshold).toEqual({ value: 12, confidence: "T" });
  });
  it.each([
    [(p: Record<string, unknown>) => (p.provinceCode = "Lào Cai"), "Hồ sơ tỉnh, mục provinceCode: phải là mã tỉnh 2 chữ số"],
    [(p: Record<string, unknown>) => ((p.rosters as { to: string | null }[])[0].to = "30/06/2025"), "Hồ sơ tỉnh, mục rosters[1].to: phải là ngày dạng yyyy-mm-dd"],
    [(p: Record<string, unknown>) => delete p.rosters, "Hồ sơ tỉnh, mục rosters: bị thiếu"],
    [(p: Record<string, unknown>) => ((p.deadlines as { month: number }[])[0].month = 13), "Hồ sơ tỉnh, mục deadlines.bao-cao-nam.month: phải là số ≤ 12"],
    [(p: Record<string, unknown>) => ((p.targets as { percent: unknown }[])[0].percent = "70%"), "mục targets[1].percent: phải là số"],
    [(p: Record<string, unknown>) => (p.version = 3), "phiên bản (version) 3 không đọc được; XHHT đọc phiên bản 1 và 2"],
    [(p: Record<string, unknown>) => (p.templates = []), "Hồ sơ tỉnh, mục templates:"],
    [(p: Record<string, unknown>) => (p.templates = { ...FORM, maps: [{ ...FORM.maps[0], templateId: "khong-co" }] }), "Hồ sơ tỉnh, mục templates — Bản ghép 1 ('Mẫu tỉnh'), mục templateId: không có biểu mẫu 'khong-co'"],
    [(p: Record<string, unknown>) => Object.assign(p, { version: 1, templates: [{ id: "x" }] }), "Hồ sơ tỉnh, mục templates"],
    [(p: Record<string, unknown>) => ((p.rosters as { from: string | null }[])[1].from = "2025-06-01"), "chồng lên nhau"],
    [
      (p: Record<string, unknown>) => (p.confirmedValues = [{ base: "gia-dinh-448", path: "tc9.min", value: 5, document: { number: "1/HD", date: "2025-01-01" } }]),
      "mục confirmedValues — Mục 1 của tệp: bộ 'gia-dinh-448' không có giá trị \"tc9.min\"",
    ],
    [(p: Record<string, unknown>) => (p.extra = 1), "có khóa không được biết: extra"],
  ])("a bad profile is refused with a message naming the field (%#)", (mutate, text) => {
    const p = copy();
    mutate(p);
    const r = parseProfile(p);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.join("\n")).toContain(text);
  });
  it("carries the province's template file (column maps) and gives its maps, checked against the templates", () => {
    const p = copy();
    p.templates = FORM as never;
    const r = parseProfile(p);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.columnMaps.map((m) => [m.templateId, m.sheet, m.columns.length])).toEqual([["tong-hop-mo-hinh", "Mẫu tỉnh", 5]]);
    expect(r.ok && r.value.profile.templates?.name).toBe("Mẫu báo cáo Gia đình học tập của tỉnh (thử nghiệm)");
    const none = parseProfile(copy());
    expect(none.ok && none.value.columnMaps).toEqual([]);
  });
  it("still reads a version 1 profile (no template file), as version 2", () => {
    const v1 = { ...copy(), version: 1, templates: [] };
    const r = parseProfile(v1);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.profile).toEqual(laoCaiProfile());
    expect(r.ok && r.value.columnMaps).toEqual([]);
    const partial = parseProfile({ ...v1, confirmedValues: [{ base: "gia-dinh-448", path: "tc3.min", value: 12, document: { number: "1/HD", date: "2025-09-01" } }] });
    expect(partial.ok && partial.value.criteriaSets).toHaveLength(1);
    expect(parseProfile({ ...v1, templates: null }).ok).toBe(false);
  });
  it("says when the file is not JSON", () => {
    expect(parseProfileText("{ not json")).toEqual({ ok: false, error: ["Hồ sơ tỉnh: tệp không phải JSON hợp lệ."] });
  });
});
