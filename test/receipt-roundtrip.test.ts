import { readFileSync } from "node:fs";
import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { checkWorkbook, type ReadWorkbook } from "../src/app/check-files";
import { checkAllSheets, PRODUCT_SHEETS } from "../src/app/check-sheets";
import { verifyPortReceipt, verifyWorkbookReceipt } from "../src/app/receipt";
import { writeCheckReport } from "../src/app/write-check-report";
import type { Grid } from "../src/core/grid/grid";
import { fingerprintGrid } from "../src/core/ports/fingerprint";
import { STATE_KEYS, type WorkbookPort } from "../src/core/ports/workbook-port";
import { receiptLabel } from "../src/core/status";
import type { SheetSpec } from "../src/core/templates/sheet-spec";
import { validateSheet } from "../src/core/validation/validate";
import { createFakeExcel, type RawValue } from "./excel-fake";

const CTX = { today: { year: 2025, month: 12, day: 1 } };

/** Puts a sample workbook's sheets into the Excel fake, cell for cell. */
async function fakeFromSample(file: string) {
  const read = await readWorkbook(readFileSync(file), file);
  if (!read.ok) throw new Error(read.error.code);
  const fx = createFakeExcel();
  for (const g of read.value.sheets) {
    const rows = g.values.map((r) => r.map((v): RawValue => (v === null ? "" : typeof v === "object" ? v.error : v)));
    fx.model.addSheet(g.sheetName).setRows(g.origin.row, g.origin.col, rows);
  }
  return { fx, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

/** Saves what the pane sees of the workbook as an .xlsx file (values at their cells) and reads it back with exceljs. */
async function saveAndRead(port: WorkbookPort) {
  const grids: Grid[] = [];
  for (const name of await port.listSheets()) grids.push(await port.readSheet(name));
  const specs: SheetSpec[] = grids.map((g) => ({
    name: g.sheetName,
    rows: [...Array.from({ length: g.origin.row }, () => []), ...g.values.map((r) => [...new Array(g.origin.col).fill(null), ...r.map((v) => (v !== null && typeof v === "object" ? v.error : v))])],
    merges: [],
    rowStyles: {},
    numberFormats: [],
    validations: [],
    columnWidths: [],
    freezeRows: 0,
  }));
  const back = await readWorkbook(await writeWorkbook(specs), "luu-lai.xlsx");
  if (!back.ok) throw new Error(back.error.code);
  return { office: grids, file: back.value.sheets };
}

describe("check receipt from the pane to the file", () => {
  it("the fake's grid and the .xlsx reader's grid of the same workbook are equal, so are their fingerprints", async () => {
    const { port } = await fakeFromSample("test/fixtures/samples/xa-lam-giang-2025.xlsx");
    const { office, file } = await saveAndRead(port);
    expect(file.map((g) => g.sheetName)).toEqual(office.map((g) => g.sheetName));
    file.forEach((g, i) => {
      expect({ origin: g.origin, values: g.values }).toEqual({ origin: office[i].origin, values: office[i].values });
      expect(fingerprintGrid(g)).toBe(fingerprintGrid(office[i]));
    });
  });

  it("a report written through Office, saved as .xlsx, verifies as unchanged; an edit afterwards is counted in cells", async () => {
    const { fx, port } = await fakeFromSample("test/fixtures/samples/xa-lam-giang-2025.xlsx");
    const checked = await checkAllSheets(port, (g, c) => validateSheet(g, c), CTX);
    if (!checked.ok) throw new Error("check failed");
    const written = await writeCheckReport(port, checked.value.report, { now: "01/12/2025 09:30", fingerprints: checked.value.fingerprints });
    expect(written.ok).toBe(true);
    const stored = await port.loadState(STATE_KEYS.receipt);
    expect(stored).not.toBeNull();
    expect(await verifyPortReceipt(port)).toEqual({ kind: "unchanged", at: "01/12/2025 09:30" });

    const first = await saveAndRead(port);
    const state = { [STATE_KEYS.receipt]: stored as string };
    const firstFile: ReadWorkbook = { fileName: "luu-lai.xlsx", sheets: first.file, state };
    const unchanged = verifyWorkbookReceipt(firstFile);
    expect(checkWorkbook("luu-lai.xlsx", firstFile, CTX).receipt).toEqual(unchanged);
    expect(receiptLabel(unchanged)).toBe("Đã kiểm tra bằng XHHT lúc 01/12/2025 09:30, dữ liệu không đổi");

    const data = checked.value.report.sheets.find((s) => s.table !== null)!;
    const sheet = fx.model.sheet(data.sheet)!;
    const row = data.table!.firstDataRow - 1;
    sheet.setRows(row, 2, [[9999, 8888]]);
    const second = await saveAndRead(port);
    const secondFile: ReadWorkbook = { fileName: "luu-lai.xlsx", sheets: second.file, state };
    const changed = verifyWorkbookReceipt(secondFile);
    expect(changed).toMatchObject({ kind: "changed", cells: 2, exact: true, sheets: [data.sheet] });
    expect(receiptLabel(changed)).toBe("Đã sửa sau lần kiểm tra lúc 01/12/2025 09:30 (2 ô khác)");
    expect(verifyWorkbookReceipt({ sheets: second.file })).toEqual({ kind: "none" });
  });

  it("the report sheet the pane writes is not part of the receipt", async () => {
    const { port } = await fakeFromSample("test/fixtures/samples/xa-lam-giang-2025.xlsx");
    const checked = await checkAllSheets(port, (g, c) => validateSheet(g, c), CTX);
    if (!checked.ok) throw new Error("check failed");
    await writeCheckReport(port, checked.value.report, { now: "t", fingerprints: checked.value.fingerprints });
    const receipt = JSON.parse((await port.loadState(STATE_KEYS.receipt)) as string) as { sheets: { sheet: string; digest: unknown }[] };
    expect(receipt.sheets.map((s) => s.sheet).some((s) => PRODUCT_SHEETS.includes(s))).toBe(false);
    expect(receipt.sheets.every((s) => s.digest !== null)).toBe(true);
  });
});
