/**
 * @jest-environment jsdom
 */
/** The dashboard never shows "Đạt" for a file it could not check, and "Nạp biểu mẫu tỉnh" checks such files (issue #12). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../src/app/check-files";
import type { ColumnMap } from "../src/core/templates/column-map";
import { gridFromRows } from "../src/core/grid/from-rows";
import { DashboardApp, DashboardServicesContext, type DashboardServices, type WorkbookFile } from "../src/ui/dashboard";
import { LanguageProvider } from "../src/ui/shared";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const FORM = gridFromRows("Mẫu tỉnh", [
  ["BÁO CÁO GIA ĐÌNH HỌC TẬP NĂM 2024 (MẪU CỦA TỈNH)"],
  ["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"],
  ["Thôn Khe Lụa", 120, 110, 95, 79.2],
  ["Thôn Đồng Ruộng", 98, 80, 90, 91.8],
]);
const TEMPLATES = readFileSync(join(__dirname, "fixtures", "templates", "province-form.json"), "utf8");

function fakeServices() {
  const seenMaps: (readonly ColumnMap[] | undefined)[] = [];
  const services: DashboardServices & { seenMaps: typeof seenMaps } = {
    seenMaps,
    loadSamples: jest.fn(async () => [{ name: "mau-tinh.xlsx", bytes: new ArrayBuffer(8) }]),
    checkFiles: jest.fn(async (files: readonly WorkbookFile[], onProgress, settings) => {
      seenMaps.push(settings?.columnMaps);
      return files.map((f, i) => {
        const c = checkWorkbook(f.name, { fileName: f.name, sheets: [FORM] }, { today: { year: 2026, month: 1, day: 5 }, ...settings });
        onProgress(i + 1, files.length, c);
        return c;
      });
    }),
    exportWorkbook: jest.fn(async () => undefined),
    now: () => "05/01/2026 09:30",
  };
  return services;
}

async function renderApp(services: DashboardServices) {
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

const row = () => document.querySelector('[data-file="mau-tinh.xlsx"]') as HTMLElement;
const load = async (text: string) => {
  const input = screen.getByTestId("templates-input") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], "bieu-mau.json", { type: "application/json" })] } });
  });
};

describe("files no template recognises, on the dashboard", () => {
  it("reads 'Chưa kiểm tra được', never 'Đạt', and lists the file as left out of the roll-up", async () => {
    await renderApp(fakeServices());
    expect(row().getAttribute("data-status")).toBe("unchecked");
    expect(within(row()).getByText("Chưa kiểm tra được — không nhận ra biểu mẫu")).toBeTruthy();
    expect(within(row()).queryByText("Đạt")).toBeNull();
    expect(screen.getByTestId("rollup-left-out").textContent).toContain("mau-tinh.xlsx: chưa kiểm tra được (không nhận ra biểu mẫu), chưa cộng.");
  });

  it("refuses a bad template file with the field named, and changes nothing", async () => {
    const services = fakeServices();
    await renderApp(services);
    await load(JSON.stringify({ format: "xhht-column-map", version: 2, maps: [] }));
    expect((await screen.findByTestId("templates-errors")).textContent).toContain("Tệp biểu mẫu, mục version");
    expect(services.checkFiles).toHaveBeenCalledTimes(1);
    expect(row().getAttribute("data-status")).toBe("unchecked");
  });

  it("'Nạp biểu mẫu tỉnh' checks the same files again with the province's column maps", async () => {
    const services = fakeServices();
    await renderApp(services);
    await load(TEMPLATES);
    await waitFor(() => expect(row().getAttribute("data-status")).toBe("has-errors"));
    expect(screen.getByTestId("templates-loaded").textContent).toContain("1 bản ghép cột");
    expect(services.seenMaps[1]?.[0].templateId).toBe("tong-hop-mo-hinh");
    expect(screen.getByTestId("rollup-left-out").textContent).toContain("mau-tinh.xlsx: không có số liệu Dòng họ học tập");
  });
});
