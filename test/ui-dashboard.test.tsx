/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import type { FileCheck } from "../src/app/check-files";
import { consolidate } from "../src/app/consolidate";
import type { SheetSpec } from "../src/core/templates/sheet-spec";
import type { Issue } from "../src/core/validation/issue";
import { countIssues } from "../src/core/validation/report";
import type { SummaryData } from "../src/core/validation/summary-data";
import { DashboardApp, DashboardServicesContext, type DashboardServices, type WorkbookFile } from "../src/ui/dashboard";
import { LanguageProvider } from "../src/ui/shared";

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

type Counts = [number, number, number];
const GROUPS = [
  { id: "gia-dinh", label: "Gia đình học tập" },
  { id: "dong-ho", label: "Dòng họ học tập" },
];

const issue = (row: number, severity: Issue["severity"]): Issue => ({
  code: severity === "error" ? "recognised-exceeds-total" : "text-not-nfc",
  severity,
  where: { sheet: "Tổng hợp", address: `E${row}`, row, column: "E" },
  input: 99,
  params: { group: "Gia đình học tập", value: "Thôn 1", recognised: 99, total: 50 },
});

/** A commune's summary report: two villages, the commune named in the title lines. */
function communeFile(path: string, commune: string, year: number, villages: [Counts, Counts][], issues: Issue[]): FileCheck {
  const g = ([total, registered, recognised]: Counts) => ({ total, registered, recognised });
  const summary: SummaryData = {
    sheet: "Tổng hợp",
    year,
    period: year >= 2025 ? "after" : "before",
    reportingUnit: commune,
    groups: GROUPS,
    rows: villages.map(([gd, dh], i) => ({ row: 8 + i, kind: "data", name: `Thôn ${i + 1}`, code: null, groups: { "gia-dinh": g(gd), "dong-ho": g(dh) } })),
  };
  const sheet = { sheet: "Tổng hợp", templateId: "tong-hop-mo-hinh", table: null, reportYear: year, rowsRead: villages.length, issues, counts: countIssues(issues), verdicts: [] };
  return { path, ok: true, report: { sheets: [sheet], counts: countIssues(issues) }, summaries: [summary] };
}

const FILES: Record<string, FileCheck> = {
  "mo-vang.xlsx": communeFile("mo-vang.xlsx", "Xã Mỏ Vàng", 2024, [[[20, 15, 10], [4, 3, 2]], [[30, 20, 15], [2, 2, 1]]], [issue(8, "error"), issue(9, "error"), issue(9, "warning")]),
  "lam-giang.xlsx": communeFile("lam-giang.xlsx", "Xã Lâm Giang", 2024, [[[454, 300, 230], [0, 0, 0]], [[46, 40, 20], [5, 5, 5]]], [issue(10, "warning")]),
  "hong.xlsx": { path: "hong.xlsx", ok: false, error: { code: "not-xlsx", message: "Tệp \"hong.xlsx\" không phải sổ Excel (.xlsx)." }, summaries: [] },
  "tu-le.xlsx": communeFile("tu-le.xlsx", "Xã Tú Lệ", 2024, [[[300, 200, 100], [10, 8, 6]], [[0, 0, 0], [0, 0, 0]]], []),
};

const bytes = (name: string): WorkbookFile => ({ name, bytes: new ArrayBuffer(name.length) });

function fakeServices(samples = ["mo-vang.xlsx", "lam-giang.xlsx", "hong.xlsx"]) {
  const progress: [number, number][] = [];
  const services: DashboardServices & { progress: typeof progress } = {
    progress,
    loadSamples: jest.fn(async () => samples.map(bytes)),
    checkFiles: jest.fn(async (files: readonly WorkbookFile[], onProgress) => {
      const out: FileCheck[] = [];
      for (const f of files) {
        const c = FILES[f.name];
        out.push(c);
        progress.push([out.length, files.length]);
        onProgress(out.length, files.length, c);
      }
      return out;
    }),
    exportWorkbook: jest.fn(async (_sheets: SheetSpec[], _fileName: string) => undefined),
    now: () => "05/12/2025 09:30",
  };
  return services;
}

async function renderApp(services: DashboardServices) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang="vi">
        <DashboardServicesContext.Provider value={services}>
          <DashboardApp />
        </DashboardServicesContext.Provider>
      </LanguageProvider>
    </FluentProvider>,
  );
  await screen.findByTestId("rollup-total");
  return view;
}

const fileRow = (name: string) => document.querySelector(`[data-file="${name}"]`) as HTMLElement;
const totalCell = (group: string, field: string) => screen.getByTestId("rollup-total").querySelector(`[data-group="${group}"][data-field="${field}"]`) as HTMLElement;

describe("the dashboard on first start", () => {
  it("loads and checks the samples, says they are samples, and lists each file with its status and counts", async () => {
    const services = fakeServices();
    await renderApp(services);
    expect(services.loadSamples).toHaveBeenCalledTimes(1);
    expect(services.progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(screen.getByTestId("samples-notice").textContent).toBe("Đang xem sổ mẫu — mở tệp của bạn để thay thế");
    expect(within(fileRow("mo-vang.xlsx")).getByText("Có lỗi")).toBeTruthy();
    expect(fileRow("mo-vang.xlsx").querySelector('[data-field="errors"]')?.textContent).toBe("2");
    expect(fileRow("mo-vang.xlsx").querySelector('[data-field="warnings"]')?.textContent).toBe("1");
    expect(within(fileRow("lam-giang.xlsx")).getByText("Đạt")).toBeTruthy();
    expect(within(fileRow("lam-giang.xlsx")).getByText("2024")).toBeTruthy();
    expect(within(fileRow("lam-giang.xlsx")).getByText("tong-hop-mo-hinh")).toBeTruthy();
    expect(within(fileRow("hong.xlsx")).getByText("Không đọc được")).toBeTruthy();
    expect(within(fileRow("hong.xlsx")).getByText('Tệp "hong.xlsx" không phải sổ Excel (.xlsx).')).toBeTruthy();
  });

  it("drills down into a file's issues and closes again", async () => {
    await renderApp(fakeServices());
    fireEvent.click(screen.getByRole("button", { name: "Xem lỗi: mo-vang.xlsx" }));
    const panel = screen.getByTestId("file-issues");
    expect(within(panel).getByRole("heading", { name: "Danh sách lỗi của tệp mo-vang.xlsx" })).toBeTruthy();
    expect(within(panel).getAllByRole("row")).toHaveLength(4);
    expect(within(panel).getAllByText("E9")).toHaveLength(2);
    fireEvent.click(within(panel).getByRole("button", { name: "Đóng" }));
    expect(screen.queryByTestId("file-issues")).toBeNull();
  });

  it("rolls the communes up, with the total line as the sum and the rate from the sums", async () => {
    await renderApp(fakeServices());
    const rows = within(screen.getByTestId("rollup-table")).getAllByRole("row");
    expect(rows.map((r) => r.getAttribute("data-line")).filter(Boolean)).toEqual(["04381", "04450"]);
    expect(totalCell("gia-dinh", "total").getAttribute("data-value")).toBe(String(20 + 30 + 454 + 46));
    expect(totalCell("gia-dinh", "recognised").getAttribute("data-value")).toBe(String(10 + 15 + 230 + 20));
    expect(totalCell("gia-dinh", "rate").textContent).toBe("50,0");
    expect(totalCell("dong-ho", "total").textContent).toBe("11");
    expect(within(screen.getByTestId("rollup-total")).getByText("Tổng cộng")).toBeTruthy();
  });

  it("offers the roll-up by former district for reports before 07/2025", async () => {
    await renderApp(fakeServices(["mo-vang.xlsx", "lam-giang.xlsx", "tu-le.xlsx"]));
    fireEvent.click(screen.getByRole("radio", { name: "Theo huyện (trước 07/2025)" }));
    const lines = within(screen.getByTestId("rollup-table")).getAllByRole("row").map((r) => r.getAttribute("data-line")).filter(Boolean);
    expect(lines).toEqual(["136", "140"]);
    expect(totalCell("gia-dinh", "total").getAttribute("data-value")).toBe(String(550 + 300));
  });

  it("draws the charts of rates against the targets", async () => {
    await renderApp(fakeServices());
    const charts = screen.getByRole("heading", { name: "Biểu đồ tỷ lệ công nhận so với mục tiêu" }).parentElement as HTMLElement;
    expect(within(charts).getByRole("img", { name: /Tỷ lệ Gia đình học tập được công nhận theo đơn vị năm 2024/ })).toBeTruthy();
    expect(charts.querySelectorAll("line[data-target]").length).toBeGreaterThan(0);
  });
});

describe("exporting", () => {
  it("exports the consolidated workbook built from the roll-up and the checks", async () => {
    const services = fakeServices();
    await renderApp(services);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Xuất sổ tổng hợp (.xlsx)" })));
    expect(services.exportWorkbook).toHaveBeenCalledTimes(1);
    const [sheets, name] = (services.exportWorkbook as jest.Mock).mock.calls[0] as [SheetSpec[], string];
    expect(name).toBe("tong-hop-xhht-2024.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Danh sách tệp", "Danh sách lỗi", "Ghi chú tổng hợp"]);
    const expected = consolidate([FILES["mo-vang.xlsx"], FILES["lam-giang.xlsx"], FILES["hong.xlsx"]]);
    const totals = sheets[0].rows[sheets[0].rows.length - 1];
    expect(totals[1]).toBe("Tổng cộng");
    expect(totals[3]).toBe(expected.total.groups["gia-dinh"].total);
    expect(sheets[0].rows[1][0]).toContain("05/12/2025 09:30");
    expect(sheets[1].rows.slice(1).map((r) => r.slice(0, 3))).toEqual([["mo-vang.xlsx", "Có lỗi", 2], ["lam-giang.xlsx", "Đạt", 0], ["hong.xlsx", "Không đọc được", null]]);
  });

  it("exports one file's issue list", async () => {
    const services = fakeServices();
    await renderApp(services);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Xuất danh sách lỗi: mo-vang.xlsx" })));
    const [sheets, name] = (services.exportWorkbook as jest.Mock).mock.calls[0] as [SheetSpec[], string];
    expect(name).toBe("danh-sach-loi-mo-vang.xlsx");
    expect(sheets).toHaveLength(1);
    expect(sheets[0].rows).toHaveLength(4);
    expect(sheets[0].rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([["mo-vang.xlsx", "E8", "Lỗi"], ["mo-vang.xlsx", "E9", "Lỗi"], ["mo-vang.xlsx", "E9", "Cảnh báo"]]);
  });
});

describe("opening the officer's files", () => {
  it("replaces the samples with the files picked, then adds later ones", async () => {
    const services = fakeServices();
    await renderApp(services);
    const input = screen.getByTestId("file-input") as HTMLInputElement;
    const file = (name: string) => new File([name], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    await act(async () => fireEvent.change(input, { target: { files: [file("tu-le.xlsx")] } }));
    await waitFor(() => expect(fileRow("tu-le.xlsx")).toBeTruthy());
    expect(screen.queryByTestId("samples-notice")).toBeNull();
    expect(fileRow("mo-vang.xlsx")).toBeNull();
    await act(async () => fireEvent.change(input, { target: { files: [file("lam-giang.xlsx")] } }));
    await waitFor(() => expect(fileRow("lam-giang.xlsx")).toBeTruthy());
    expect(fileRow("tu-le.xlsx")).toBeTruthy();
    expect(totalCell("gia-dinh", "total").getAttribute("data-value")).toBe(String(300 + 454 + 46));
  });
});

describe("accessibility", () => {
  it("has no axe violations with a file opened", async () => {
    const { container } = await renderApp(fakeServices());
    fireEvent.click(screen.getByRole("button", { name: "Xem lỗi: mo-vang.xlsx" }));
    expect((await axe(container)).violations).toEqual([]);
  }, 30_000);
});
