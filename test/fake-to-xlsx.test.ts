// The helper that saves the Excel fake as .xlsx keeps every sheet and every workbook setting, read back by our reader.
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { createFakeExcel } from "./excel-fake";
import { fakeSettingsState, saveFakeAsXlsx } from "./support/fake-to-xlsx";

it("writes all sheets (values, merges, number formats) and all settings, split values joined again", async () => {
  const fake = createFakeExcel();
  const a = fake.model.addSheet("Biểu 01").setRows(0, 0, [["BÁO CÁO"], ["Tên", "Số"], ["Thôn A", 12.5], ["Thôn B", true]]);
  a.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
  a.setFormat(2, 1, "0.0");
  fake.model.addSheet("Ghi chú").setRows(1, 2, [["chỉ một ô"]]);
  const long = "x".repeat(130_000);
  fake.model.settings.set("xhht.settings", '{"lang":"vi"}');
  fake.model.settings.set("xhht.check-log", { parts: 2 });
  fake.model.settings.set("xhht.check-log#0", long.slice(0, 65_000));
  fake.model.settings.set("xhht.check-log#1", long.slice(65_000));
  fake.model.settings.set("xhht.count", 3);
  expect(fakeSettingsState(fake.model)).toEqual({ "xhht.settings": '{"lang":"vi"}', "xhht.check-log": long, "xhht.count": "3" });

  const read = await readWorkbook(await saveFakeAsXlsx(fake.model), "fake.xlsx");
  if (!read.ok) throw new Error(read.error.code);
  const [s1, s2] = read.value.sheets;
  expect(read.value.sheets.map((g) => g.sheetName)).toEqual(["Biểu 01", "Ghi chú"]);
  expect(s1.values).toEqual([["BÁO CÁO", null], ["Tên", "Số"], ["Thôn A", 12.5], ["Thôn B", true]]);
  expect(s1.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  expect(s1.numberFormats?.[2]?.[1]).toBe("0.0");
  expect(s2.origin).toEqual({ row: 1, col: 2 });
  expect(s2.values).toEqual([["chỉ một ô"]]);
  expect(read.value.state).toEqual({ "xhht.settings": '{"lang":"vi"}', "xhht.check-log": long, "xhht.count": "3" });
});
