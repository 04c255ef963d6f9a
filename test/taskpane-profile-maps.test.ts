// The province profile's template file (column maps) in the task pane's services over the Excel fake: a sheet laid out
// as the province's own form is recognised once the profile is loaded, again after the workbook is reopened, and no
// longer once the profile is removed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { laoCaiProfile } from "../src/core/province";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import type { FakeExcel } from "./excel-fake";
import { fakeFromXlsx } from "./support/fake-to-xlsx";

const fixtures = join(__dirname, "fixtures");
const FORM = JSON.parse(readFileSync(join(fixtures, "templates", "province-form.json"), "utf8")) as unknown;
const clock = () => new Date(2025, 11, 1, 9, 30);
const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const servicesOf = (fx: FakeExcel) => createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock });
const templateOf = async (services: ReturnType<typeof servicesOf>) => must(await services.check("all", DEFAULT_SETTINGS)).report.sheets.find((s) => s.sheet === "Mẫu tỉnh")?.templateId ?? null;

describe("the profile's template file in the task pane", () => {
  it("recognises the province's own form with the profile's maps, after reopening too, and not once the profile is removed", async () => {
    const fx = await fakeFromXlsx(readFileSync(join(fixtures, "golden", "province-form-unmapped.xlsx")), "province-form-unmapped.xlsx");
    const services = servicesOf(fx);
    await services.loadSettings();
    expect(await templateOf(services)).toBeNull();

    const imported = must(await services.importProvinceProfile(JSON.stringify({ ...laoCaiProfile(), id: "lao-cai-bieu-mau", templates: FORM })));
    expect(imported.ok && imported.info.maps).toBe(1);
    expect(await templateOf(services)).toBe("tong-hop-mo-hinh");

    const reopened = servicesOf(fx);
    await reopened.loadSettings();
    expect(await templateOf(reopened)).toBe("tong-hop-mo-hinh");

    must(await reopened.removeProvinceProfile());
    expect(await templateOf(reopened)).toBeNull();
  });

  it("refuses a profile whose template file maps a field the template lacks, and changes nothing", async () => {
    const fx = await fakeFromXlsx(readFileSync(join(fixtures, "golden", "province-form-unmapped.xlsx")), "x.xlsx");
    const services = servicesOf(fx);
    const form = FORM as { maps: { columns: { header: string; field: string | null }[] }[] };
    const bad = { ...form, maps: [{ ...form.maps[0], columns: [...form.maps[0].columns, { header: "Khác", field: "khong-co" }] }] };
    const r = must(await services.importProvinceProfile(JSON.stringify({ ...laoCaiProfile(), templates: bad })));
    expect(!r.ok && r.problems.join("\n")).toContain("Hồ sơ tỉnh, mục templates — Bản ghép 1 ('Mẫu tỉnh'), cột 6 (\"Khác\"), mục field: biểu 'tong-hop-mo-hinh' không có cột 'khong-co'.");
    expect(must(await services.provinceProfile())).toBeNull();
    expect(await templateOf(services)).toBeNull();
  });
});
