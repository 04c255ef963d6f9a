import { laoCaiProfile } from "../province";
import type { ProvinceProfile } from "../province";
import { countIssues, type SheetReport, type WorkbookReport } from "../validation/report";
import type { Issue } from "../validation/issue";
import { indexRoster, placementOfMatch, placementNote, receiptLabel, statusList, unitFromTitles, unitWordsFromFileName, type StatusInput } from "./index";

const TODAY = { year: 2025, month: 12, day: 1 };

function report(templateId: string | null, errors: number): WorkbookReport {
  const where = { sheet: "Biểu 1", address: "C7", row: 7, column: "C" };
  const issues: Issue[] = Array.from({ length: errors }, () => ({ code: "count-negative", severity: "error", where, params: {} }) as Issue);
  const sheet: SheetReport = { sheet: "Biểu 1", templateId, table: null, reportYear: 2025, rowsRead: 5, issues, counts: countIssues(issues), verdicts: [] };
  return { sheets: [sheet], counts: countIssues(issues) };
}

const input = (path: string, over: Partial<StatusInput> = {}): StatusInput => ({
  path,
  report: report("tong-hop-mo-hinh", 0),
  titleUnit: null,
  fileNameWords: unitWordsFromFileName(path),
  receipt: { kind: "none" },
  ...over,
});

describe("who has reported", () => {
  const files: StatusInput[] = [
    input("bc/Khao Mang.xlsx", { titleUnit: "Xã Khao Mang" }),
    input("bc/bao-cao-xa-mu-cang-chai-2025.xlsx", { report: report("tong-hop-mo-hinh", 2) }),
    input("bc/TuLe_2025.xlsx", { report: report(null, 0) }),
    input("bc/hong.xlsx", { report: undefined, problem: "Tệp hỏng", titleUnit: null }),
    input("bc/cu.xlsx", { titleUnit: "Phường Yên Thịnh" }),
    input("bc/ha-noi.xlsx", { titleUnit: "Phường Ba Đình" }),
  ];
  const r = statusList(laoCaiProfile(), files, { year: 2025, today: TODAY, assigned: { "bc/hong.xlsx": "04492" } });
  if (!r.ok) throw new Error(r.error);
  const list = r.value;
  const line = (name: string) => list.units.find((u) => u.unit.name === name)!;

  it("lists every roster unit with one status", () => {
    expect(list.units).toHaveLength(99);
    expect(line("Xã Khao Mang")).toMatchObject({ status: "submitted", files: [{ source: "title" }] });
    expect(line("Xã Mù Cang Chải")).toMatchObject({ status: "errors", files: [{ source: "file-name", errors: 2 }] });
    expect(line("Xã Tú Lệ").status).toBe("unchecked");
    expect(line("Xã Púng Luông")).toMatchObject({ status: "unreadable", files: [{ source: "assigned", problem: "Tệp hỏng" }] });
  });

  it("counts a former unit's file under its new commune and says so", () => {
    const f = line("Phường Văn Phú").files[0];
    expect(f.placement).toMatchObject({ kind: "roster", former: { code: "04249", name: "Phường Yên Thịnh" } });
    expect(placementNote(f.placement)).toBe("Báo cáo của Phường Yên Thịnh (đơn vị cũ), tính vào Phường Văn Phú");
  });

  it("lists a unit that is not on the roster apart", () => {
    expect(list.apart.map((f) => f.path)).toEqual(["bc/ha-noi.xlsx"]);
  });

  it("counts the summary and the days to the next deadline", () => {
    expect(list.summary).toEqual({ expected: 99, submitted: 2, errors: 1, unchecked: 1, unreadable: 1, missing: 94 });
    expect(list.nextDeadline).toMatchObject({ deadline: { id: "bao-cao-nam" }, daysLeft: 14 });
  });

  it("shows the worst file of a unit with several files", () => {
    const two = statusList(laoCaiProfile(), [input("a/Khao Mang.xlsx"), input("b/khao-mang.xlsx", { report: report("tong-hop-mo-hinh", 1) })], { year: 2025, today: TODAY });
    expect(two.ok && two.value.units.find((u) => u.unit.code === "04465")?.status).toBe("errors");
  });

  it("leaves a name that is no unit unplaced instead of guessing", () => {
    const p: ProvinceProfile = { ...laoCaiProfile(), rosters: [{ from: "2025-07-01", to: null, units: [{ code: "90001", name: "Xã Bắc" }, { code: "90002", name: "Xã Nam" }] }] };
    const s = statusList(p, [input("x.xlsx", { titleUnit: "Xã Bắc Nam" })], { year: 2025, today: TODAY });
    expect(s.ok && s.value.apart[0].placement.kind).toBe("unknown");
    expect(s.ok && placementNote(s.value.apart[0].placement)).toBe("Không đọc được tên đơn vị báo cáo: hãy chọn đơn vị");
  });

  it("flags a former unit split between communes, never guessing one", () => {
    const idx = indexRoster(laoCaiProfile().rosters[1]);
    const old = { code: "04249", name: "Phường Yên Thịnh", type: "Phường", level: "commune", provinceCode: "15" } as const;
    const succ = [{ code: "04279", name: "Phường Văn Phú", confidence: "high" }, { code: "04252", name: "Phường Yên Bái", confidence: "high" }];
    const p = placementOfMatch({ kind: "merged", unit: old, successors: succ }, idx);
    expect(p).toEqual({ kind: "split", former: { code: "04249", name: "Phường Yên Thịnh" }, successors: [{ code: "04279", name: "Phường Văn Phú" }, { code: "04252", name: "Phường Yên Bái" }] });
    expect(placementNote(p!)).toBe("Phường Yên Thịnh đã chia cho Phường Văn Phú, Phường Yên Bái: hãy chọn đơn vị");
  });

  it("lists a report of another year apart, and never takes a province for a ward of the same name", () => {
    const old = { ...report("tong-hop-mo-hinh", 0), sheets: [{ ...report("tong-hop-mo-hinh", 0).sheets[0], reportYear: 2024 }] };
    const s = statusList(laoCaiProfile(), [input("tinh.xlsx", { titleUnit: "Tỉnh Yên Bái" }), input("cu.xlsx", { titleUnit: "Xã Khao Mang", report: old })], { year: 2025, today: TODAY });
    if (!s.ok) throw new Error(s.error);
    expect(s.value.units.find((u) => u.unit.name === "Phường Yên Bái")?.status).toBe("missing");
    expect(s.value.apart.map((f) => placementNote(f.placement))).toEqual(["Không đọc được tên đơn vị báo cáo: hãy chọn đơn vị", "Báo cáo năm 2024, không phải năm 2025"]);
  });

  it("refuses a year the profile has no roster for", () => {
    const p: ProvinceProfile = { ...laoCaiProfile(), rosters: [laoCaiProfile().rosters[1]] };
    expect(statusList(p, [], { year: 2024, today: TODAY })).toEqual({ ok: false, error: 'Hồ sơ tỉnh "Tỉnh Lào Cai" không có danh sách đơn vị cho năm 2024.' });
  });

  it("uses the old communes for a year before the merger", () => {
    const r2024 = { ...report("tong-hop-mo-hinh", 0), sheets: [{ ...report("tong-hop-mo-hinh", 0).sheets[0], reportYear: 2024 }] };
    const s = statusList(laoCaiProfile(), [input("Yen Thinh.xlsx", { titleUnit: "Phường Yên Thịnh", report: r2024 })], { year: 2024, today: TODAY });
    expect(s.ok && s.value.units.find((u) => u.unit.code === "04249")?.status).toBe("submitted");
  });
});

describe("reading the reporting unit", () => {
  it.each([
    ["bao-cao-xa-Lam-Giang_2025 (1).xlsx", "xa lam giang"],
    ["C:\\bc\\BC_TongHop_MuCangChai.xlsx", "mu cang chai"],
    ["2025.xlsx", null],
  ])("takes the unit words of the file name %p", (name, words) => {
    expect(unitWordsFromFileName(name)).toBe(words);
  });
  it("reads 'UBND xã …' from the title lines", () => {
    const g = { sheetName: "B1", origin: { row: 0, col: 0 }, values: [["UBND XÃ KHAO MANG"], ["BIỂU TỔNG HỢP NĂM 2025"], ["TT", "Thôn"]] };
    expect(unitFromTitles([g], [3])).toBe("Xã Khao Mang");
    expect(unitFromTitles([g], [null])).toBe("Xã Khao Mang");
  });
});

describe("receipt labels", () => {
  it.each([
    [{ kind: "unchanged", at: "2025-12-01 09:30" } as const, "Đã kiểm tra bằng XHHT lúc 2025-12-01 09:30, dữ liệu không đổi"],
    [{ kind: "changed", at: "2025-12-01 09:30", cells: 3, exact: true, sheets: ["B1"] } as const, "Đã sửa sau lần kiểm tra lúc 2025-12-01 09:30 (3 ô khác)"],
    [{ kind: "changed", at: "t", cells: 3, exact: false, sheets: ["B1"] } as const, "Đã sửa sau lần kiểm tra lúc t (ít nhất 3 ô khác)"],
    [{ kind: "none" } as const, "Chưa kiểm tra bằng XHHT"],
  ])("%#", (r, text) => {
    expect(receiptLabel(r)).toBe(text);
  });
});
