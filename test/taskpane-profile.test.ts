// The province profile in the task pane's services over the Excel fake: kept in the workbook, applied to the criteria
// the check, fill and functions use, refused when bad; and the check receipt stored with "Kết quả kiểm tra".
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { currentCriteriaSets } from "../src/entries/functions/overrides";
import { valueEntries } from "../src/core/criteria/value-paths";
import { selectSet, withOverrides } from "../src/core/criteria/select-set";
import type { TitleId } from "../src/core/criteria/verdict";
import { laoCaiProfile, PROFILE_STATE_KEY } from "../src/core/province";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

const clock = () => new Date(2025, 2, 14, 9, 30);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const confirmed = { ...laoCaiProfile(), id: "lao-cai-sgd", confirmedValues: [{ base: "gia-dinh-448", path: "tc3.min", value: 12, document: { number: "123/HD-SGDĐT", date: "2025-09-01" } }] };
const tc3 = () => {
  const sets = currentCriteriaSets().filter((s) => s.id === "gia-dinh-448");
  return valueEntries(sets[sets.length - 1]).find((e) => e.path === "tc3.min")?.threshold;
};

describe("province profile in the task pane", () => {
  it("refuses a bad profile and keeps nothing", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    const r = must(await services.importProvinceProfile(JSON.stringify({ ...laoCaiProfile(), targets: [{ group: "gia-dinh" }] })));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join("\n")).toContain("Hồ sơ tỉnh, mục targets[1].byYear: bị thiếu");
    expect([...fake.model.settings.keys()].some((k) => k.startsWith(PROFILE_STATE_KEY))).toBe(false);
    expect(must(await services.provinceProfile())).toBeNull();
  });

  it("keeps a good profile in the workbook, applies its confirmed values, reloads it, and removes it", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    await services.loadSettings();
    expect(tc3()?.confidence).toBe("P");
    const r = must(await services.importProvinceProfile(JSON.stringify(confirmed)));
    expect(r).toEqual({ ok: true, info: { id: "lao-cai-sgd", name: "Tỉnh Lào Cai", units: 99, confirmed: 1, documents: ["123/HD-SGDĐT 01/09/2025"], maps: 0 } });
    expect(tc3()).toEqual({ value: 12, confidence: "T" });

    // Reopened: a new pane over the same workbook finds the profile and applies it again.
    const again = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    await again.loadSettings();
    expect(must(await again.provinceProfile())?.name).toBe("Tỉnh Lào Cai");
    expect(tc3()).toEqual({ value: 12, confidence: "T" });

    must(await again.removeProvinceProfile());
    expect(must(await again.provinceProfile())).toBeNull();
    expect(tc3()?.confidence).toBe("P");
  });

  it("the set the officer picks in Cài đặt wins over the profile's other set of that title; the profile's values of the picked set apply", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    await services.loadSettings();
    const tt24 = { ...laoCaiProfile(), id: "lao-cai-tt24", confirmedValues: [{ base: "don-vi-tinh-tt24", path: "tc1-ke-hoach.required", value: 1, document: { number: "9/HD-SGDĐT", date: "2025-03-01" } }] };
    expect(must(await services.importProvinceProfile(JSON.stringify(tt24))).ok).toBe(true);
    const inForce = (title: string) => {
      const sets = currentCriteriaSets().filter((x) => x.title === title);
      return selectSet(title as TitleId, { year: 2025, month: 3, day: 14 }, withOverrides(sets))?.id;
    };
    expect(inForce("don-vi-tinh")).toBe("don-vi-tinh-tt24");
    must(await services.saveSettings({ ...DEFAULT_SETTINGS, criteriaSetId: "don-vi-tinh-tt22" }));
    expect(inForce("don-vi-tinh")).toBe("don-vi-tinh-tt22");
    // The profile's confirmed value of a picked set is kept when that set is the one picked.
    must(await services.saveSettings({ ...DEFAULT_SETTINGS, criteriaSetId: "don-vi-tinh-tt24" }));
    const picked = currentCriteriaSets().find((x) => x.id === "don-vi-tinh-tt24" && x.validFrom === null);
    expect(picked && valueEntries(picked).find((e) => e.path === "tc1-ke-hoach.required")?.threshold.confidence).toBe("T");
  });

  it("stores the check receipt when the report sheet is written", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock });
    const check = must(await services.check("all", DEFAULT_SETTINGS));
    must(await services.writeReport(check));
    const receipt = JSON.parse(String(fake.model.settings.get("xhht.receipt"))) as { at: string; sheets: { sheet: string; fingerprint: string }[] };
    expect(receipt.at).toBe("2025-03-14 09:30");
    expect(receipt.sheets.map((s) => s.fingerprint)).toEqual(Object.values(check.fingerprints));
  });
});
