// The XHHT functions are not volatile: after any change to the criteria in force (the criteria sheet read, settings
// saved, overrides found when the pane starts) the pane asks Excel to recalculate, and only then.
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { setCriteriaOverrides } from "../src/entries/functions/overrides";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

function setup() {
  const fx = createFakeExcel();
  seedWorkbook(fx.model, seedData());
  const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
  return { fx, services };
}

afterEach(() => setCriteriaOverrides([]));

describe("recalculating the XHHT functions when the criteria change", () => {
  it("recalculates after the criteria sheet changes a value, says so, and not again for the same values", async () => {
    const { fx, services } = setup();
    must(await services.writeCriteriaSheet());
    const first = must(await services.readCriteriaSheet());
    expect(first.recalculated).toBe(false); // the sheet holds the built-in values: nothing changed
    const sheet = fx.model.sheet("Tiêu chí XHHT")!;
    const row = sheet.values.findIndex((r) => r?.[0] === "cong-dan-324" && r?.[2] === "total.min");
    sheet.setRaw(row, 4, 85);
    const read = must(await services.readCriteriaSheet());
    expect(read.recalculated).toBe(true);
    expect(fx.model.calculations).toEqual(["Full"]);
    must(await services.readCriteriaSheet());
    must(await services.check("all", DEFAULT_SETTINGS));
    expect(fx.model.calculations).toEqual(["Full"]);
  });

  it("recalculates when saved settings pick another criteria set, and when the pane starts with overrides stored", async () => {
    const { fx, services } = setup();
    const saved = must(await services.saveSettings({ ...DEFAULT_SETTINGS, criteriaSetId: "cong-dan-324" }));
    expect(saved).toEqual({ recalculated: true });
    expect(fx.model.calculations).toEqual(["Full"]);
    const again = must(await services.saveSettings({ ...DEFAULT_SETTINGS, criteriaSetId: "cong-dan-324" }));
    expect(again).toEqual({ recalculated: false });

    // A new pane over the same workbook (reopened): its stored settings change what the functions use.
    const reopened = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported });
    await reopened.loadSettings();
    expect(fx.model.calculations).toEqual(["Full", "Full"]);
  });

  it("leaves the workbook alone when nothing changed the criteria", async () => {
    const { fx, services } = setup();
    await services.loadSettings();
    must(await services.readCriteriaSheet());
    must(await services.saveSettings(DEFAULT_SETTINGS));
    expect(fx.model.calculations).toEqual([]);
  });
});
