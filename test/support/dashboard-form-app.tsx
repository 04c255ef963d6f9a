// The dashboard rendered over fake services that "check" every file as one province form (the Mẫu tỉnh of
// test/fixtures/templates/province-form.json) with whatever settings the page sends, recording those settings.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, waitFor } from "@testing-library/react";
import { checkWorkbook } from "../../src/app/check-files";
import type { CheckSettings } from "../../src/app/check-settings";
import { gridFromRows } from "../../src/core/grid/from-rows";
import type { CalendarDate } from "../../src/core/validation/context";
import { DashboardApp, DashboardServicesContext, type DashboardServices, type WorkbookFile } from "../../src/ui/dashboard";
import { LanguageProvider } from "../../src/ui/shared";

/** The province's own form, which no built-in template recognises without its column map. */
export const PROVINCE_FORM_GRID = gridFromRows("Mẫu tỉnh", [
  ["BÁO CÁO GIA ĐÌNH HỌC TẬP NĂM 2024 (MẪU CỦA TỈNH)"],
  ["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"],
  ["Thôn Khe Lụa", 120, 110, 95, 79.2],
  ["Thôn Đồng Ruộng", 98, 80, 90, 91.8],
]);

/** Fake services whose one sample is the province form; `seen` holds the settings of each check, in order. */
export function formServices(today: CalendarDate): DashboardServices & { seen: (CheckSettings | undefined)[] } {
  const seen: (CheckSettings | undefined)[] = [];
  const stamp = `${String(today.day).padStart(2, "0")}/${String(today.month).padStart(2, "0")}/${today.year} 09:30`;
  return {
    seen,
    loadSamples: jest.fn(async () => [{ name: "mau-tinh.xlsx", bytes: new ArrayBuffer(8) }]),
    checkFiles: jest.fn(async (files: readonly WorkbookFile[], onProgress, settings) => {
      seen.push(settings);
      return files.map((f, i) => {
        const c = checkWorkbook(f.name, { fileName: f.name, sheets: [PROVINCE_FORM_GRID] }, { today, ...settings });
        onProgress(i + 1, files.length, c);
        return c;
      });
    }),
    exportWorkbook: jest.fn(async () => undefined),
    now: () => stamp,
  };
}

/** Renders the dashboard over `services` and waits until the sample's row is shown. */
export async function renderFormApp(services: DashboardServices): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang="vi">
        <DashboardServicesContext.Provider value={services}>
          <DashboardApp />
        </DashboardServicesContext.Provider>
      </LanguageProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(document.querySelector('[data-file="mau-tinh.xlsx"]')).not.toBeNull());
}
