/**
 * @jest-environment jsdom
 */
/** The dashboard's file table shows each file's check receipt, from files read as the dashboard reads them (issue 15). */
import { TextDecoder, TextEncoder } from "node:util";
// jsdom lacks the encoders the .xlsx reader and the fingerprint use; Node's are the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { checkWorkbook, type FileCheck } from "../src/app/check-files";
import type { Lang } from "../src/core/messages";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { FilesTable } from "../src/ui/dashboard/FilesTable";
import { LanguageProvider } from "../src/ui/shared";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { fakeFromXlsx, saveFakeAsXlsx } from "./support/fake-to-xlsx";

const SAMPLE = readFileSync(join(__dirname, "fixtures", "samples", "xa-lam-giang-2025.xlsx"));
const CTX = { today: { year: 2025, month: 12, day: 1 } };

async function fileCheck(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const read = await readWorkbook(bytes, name);
  if (!read.ok) throw new Error(read.error.code);
  return checkWorkbook(name, read.value, CTX);
}

/** Three files: checked in the pane and saved; the same then edited in one cell; never checked. */
async function threeFiles(): Promise<FileCheck[]> {
  const fx = await fakeFromXlsx(SAMPLE, "a.xlsx");
  const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 11, 1, 8, 5) });
  const checked = await services.check("all", DEFAULT_SETTINGS);
  if (!checked.ok) throw new Error(checked.error.message);
  if (!(await services.writeReport(checked.value)).ok) throw new Error("report not written");
  const saved = await saveFakeAsXlsx(fx.model);
  const data = checked.value.report.sheets.find((s) => s.table !== null)!;
  const edited = await fakeFromXlsx(saved, "b.xlsx");
  edited.model.sheet(data.sheet)!.setRows(data.table!.firstDataRow - 1, 2, [[4321]]);
  return [await fileCheck("da-kiem-tra.xlsx", saved), await fileCheck("da-sua.xlsx", await saveFakeAsXlsx(edited.model)), await fileCheck("chua-kiem-tra.xlsx", SAMPLE)];
}

function renderTable(checks: readonly FileCheck[], lang: Lang) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang}>
        <FilesTable checks={checks} selected={null} onSelect={() => undefined} onExportIssues={() => undefined} exporting={false} />
      </LanguageProvider>
    </FluentProvider>,
  );
  return (file: string) => document.querySelector(`[data-file="${file}"] [data-field="receipt"]`);
}

describe("the files table's check receipt", () => {
  it("says per file: checked and unchanged, edited since (cells), or never checked", async () => {
    const receipt = renderTable(await threeFiles(), "vi");
    expect(receipt("da-kiem-tra.xlsx")?.textContent).toBe("Đã kiểm tra bằng XHHT lúc 2025-12-01 08:05, dữ liệu không đổi");
    expect(receipt("da-kiem-tra.xlsx")?.getAttribute("data-receipt")).toBe("unchanged");
    expect(receipt("da-sua.xlsx")?.textContent).toBe("Đã sửa sau lần kiểm tra lúc 2025-12-01 08:05 (1 ô khác)");
    expect(receipt("chua-kiem-tra.xlsx")?.textContent).toBe("Chưa kiểm tra bằng XHHT");
  });

  it("follows the interface language, and an unreadable file has no receipt line", async () => {
    const [checked] = await threeFiles();
    const receipt = renderTable([checked, { path: "hong.xlsx", ok: false, error: { code: "x", message: "Không đọc được" }, summaries: [] }], "en");
    expect(receipt("da-kiem-tra.xlsx")?.textContent).toBe("Checked with XHHT at 2025-12-01 08:05, data unchanged");
    expect(receipt("hong.xlsx")).toBeNull();
  });
});
