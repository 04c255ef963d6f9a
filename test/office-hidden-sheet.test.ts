// Jumping to a problem on a hidden sheet: Excel cannot activate it, so the pane says the sheet is hidden (in
// Vietnamese) instead of a generic failure, and never unhides it on its own.
import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { createFakeExcel } from "./excel-fake";

function setup() {
  const fx = createFakeExcel();
  fx.model.addSheet("Biểu 1").setRows(0, 0, [["Xã A", 1]]);
  fx.model.addSheet("Biểu ẩn").setRows(0, 0, [["Xã B", 2]]);
  fx.model.sheet("Biểu ẩn")!.visibility = "Hidden";
  return { fx, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

describe("selecting a cell", () => {
  it("on a hidden sheet says the sheet is hidden, changes nothing and leaves it hidden", async () => {
    const { fx, port } = setup();
    await expect(port.selectCell("Biểu ẩn", "B1")).rejects.toMatchObject({ failure: { code: "office-sheet-hidden", message: expect.stringContaining('"Biểu ẩn" đang ẩn') } });
    expect(fx.model.sheet("Biểu ẩn")!.visibility).toBe("Hidden");
    expect(fx.model.selection).toBeNull();
  });

  it("on a visible sheet activates it and selects the cell", async () => {
    const { fx, port } = setup();
    await port.selectCell("Biểu 1", "B1");
    expect(fx.model.selection).toEqual({ sheet: "Biểu 1", address: "B1" });
  });

  it("the fake refuses activate() on a hidden sheet, as Excel does", async () => {
    const { fx } = setup();
    await expect(fx.run(async (ctx) => ctx.workbook.worksheets.getItem("Biểu ẩn").activate())).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
