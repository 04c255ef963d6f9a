/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { BUILTIN_SETS, evaluate } from "../src/core/criteria";
import { fail, ok } from "../src/core/result";
import { officeFailure } from "../src/core/ports/office-errors";
import type { Issue } from "../src/core/validation/issue";
import { countIssues } from "../src/core/validation/report";
import { DEFAULT_SETTINGS, TaskpaneApp, TaskpaneServicesContext, type PageId, type TaskpaneServices } from "../src/ui/taskpane";

// jsdom has no ResizeObserver; Fluent's MessageBar and TabList measure themselves with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const issue = (address: string, code: Issue["code"], severity: Issue["severity"], fix?: Issue["fix"]): Issue => ({
  code,
  severity,
  where: { sheet: "Biểu 01", address, row: Number(address.slice(1)), column: address[0] },
  input: "120",
  params: { field: "Tổng số hộ", value: "120", group: "Gia đình học tập", stated: 79, computed: 79.2 },
  ...(fix ? { fix } : {}),
});
const ISSUES = [issue("C7", "number-as-text", "warning", { value: 120, safe: true }), issue("D7", "number-as-text", "warning", { value: 110, safe: true }), issue("F8", "rate-mismatch", "error")];

function fakeServices(over: Partial<TaskpaneServices> = {}): jest.Mocked<TaskpaneServices> {
  const base: TaskpaneServices = {
    check: async () => ok({ report: { sheets: [{ sheet: "Biểu 01", templateId: "tong-hop-mo-hinh", table: null, reportYear: 2024, rowsRead: 3, issues: ISSUES, counts: countIssues(ISSUES), verdicts: [] }], counts: countIssues(ISSUES) }, fingerprints: { "Biểu 01": "fnv1a64:0" }, checkedAt: "2025-03-14 09:30", criteriaSets: [] }),
    goToCell: async () => ok(undefined),
    clearMarks: async () => ok(4),
    applyFixes: async (issues) => ok({ applied: issues.length, entryId: "1", stale: [] }),
    undoLast: async () => ok({ label: "Sửa hàng loạt: number-as-text", restored: 2, conflicts: [] }),
    listUndo: async () => ok([]),
    writeReport: async () => ok({ warnings: [] }),
    listSheets: async () => ok({ sheets: ["Biểu 01", "Công dân"], active: "Biểu 01" }),
    fillEligibility: async () => ok({ templateId: "cong-dan-hoc-tap", resultColumn: "T", written: 3, verdicts: [] }),
    insertFunctions: async () => ok({ column: "V", written: 3, sample: "=XHHT.CONGDAN(G4:P4)" }),
    drawCharts: async () => ok({ charts: ["Tỷ lệ Gia đình học tập"], warnings: [] }),
    drawTrendCharts: async () => ok({ charts: [], years: [2025], sheets: [{ sheet: "Biểu 01", year: 2025 }], withoutYear: [], warnings: [] }),
    createTemplate: async () => ok({ sheetName: "Gia đình 2025", warnings: [] }),
    loadSettings: async () => ({ settings: DEFAULT_SETTINGS }),
    saveSettings: async () => ok(undefined),
    readCriteriaSheet: async () => ok({ found: false, overrides: [], problems: [] }),
    writeCriteriaSheet: async () => ok({ rows: 40 }),
    columnMapDraft: async (sheet) => ok({ sheet, templateId: "tong-hop-mo-hinh", headerTop: 1, headerBottom: 1, columns: [], settled: true }),
    saveColumnMap: async () => ok(1),
    exportTemplateFile: async () => ok({ json: "{}", count: 0 }),
    importTemplateFile: async () => ok(ok(1)),
    provinceProfile: async () => ok(null),
    importProvinceProfile: async () => ok({ ok: true as const, info: { id: "lao-cai", name: "Tỉnh Lào Cai", units: 99, confirmed: 0, documents: [], maps: 0 } }),
    removeProvinceProfile: async () => ok(undefined),
    now: () => "2025-03-14 09:30",
  };
  const all = { ...base, ...over };
  for (const k of Object.keys(all) as (keyof TaskpaneServices)[]) (all as Record<string, unknown>)[k] = jest.fn(all[k] as (...a: unknown[]) => unknown);
  return all as jest.Mocked<TaskpaneServices>;
}

/** Opens the pane and lets its start-up reads (settings, criteria sheet, sheet list, undo journal) settle. */
async function pane(services: TaskpaneServices, page: PageId = "check") {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <TaskpaneServicesContext.Provider value={services}>
        <TaskpaneApp initialPage={page} />
      </TaskpaneServicesContext.Provider>
    </FluentProvider>,
  );
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return view;
}

const statusSays = (text: RegExp) => waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(text));

describe("task pane", () => {
  it("checks, shows counts and the issue list, and selects a cell when an issue is clicked", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    await pane(services);
    await waitFor(() => expect(services.loadSettings).toHaveBeenCalled());
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await statusSays(/Đã kiểm tra: 1 lỗi, 2 cảnh báo/);
    expect(screen.getByTestId("count-error")).toHaveTextContent("1");
    const table = screen.getByRole("table", { name: "Danh sách lỗi của lần kiểm tra" });
    await user.click(within(table).getByText("C7"));
    expect(services.goToCell).toHaveBeenCalledWith("Biểu 01", "C7");
    await statusSays(/Đã chọn ô C7/);
  });

  it("previews a bulk fix and applies it only on the explicit action, then undoes it", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ listUndo: async () => ok([{ id: "1", label: "Sửa hàng loạt: number-as-text", at: "2025-03-14 09:30", cells: 2 }]) });
    await pane(services);
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await statusSays(/Đã kiểm tra/);
    await user.selectOptions(screen.getByLabelText("Sửa hàng loạt một loại lỗi"), "number-as-text");
    await user.click(screen.getByRole("button", { name: "Xem trước sửa hàng loạt" }));
    const preview = screen.getByRole("table", { name: "Các ô sẽ được sửa" });
    expect(within(preview).getAllByRole("row")).toHaveLength(3);
    expect(services.applyFixes).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Áp dụng 2 sửa" }));
    await statusSays(/Đã sửa 2 ô/);
    expect(services.applyFixes.mock.calls[0][0].map((i) => i.where.address)).toEqual(["C7", "D7"]);
    await user.click(screen.getByRole("button", { name: "Hoàn tác lần ghi gần nhất" }));
    await statusSays(/Đã hoàn tác “Sửa hàng loạt: number-as-text”: khôi phục 2 ô/);
  });

  it("shows an Office failure's Vietnamese message, never the raw exception", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ clearMarks: async () => fail(officeFailure("office-busy", undefined, "InvalidOperationInCellEditMode")), check: async () => Promise.reject(new Error("boom: raw text")) });
    await pane(services);
    await user.click(await screen.findByRole("button", { name: "Xoá đánh dấu" }));
    await statusSays(/Excel đang bận/);
    expect(screen.getByTestId("status")).not.toHaveTextContent(/InvalidOperation/);
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await statusSays(/lỗi không mong muốn/);
    expect(screen.getByTestId("status")).not.toHaveTextContent(/boom/);
  });

  it("fills the verdict column and inserts functions on the eligibility page, with the criteria set and its provisional values", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    await pane(services, "eligibility");
    await waitFor(() => expect(screen.getByLabelText("Trang tính")).toHaveValue("Công dân"));
    await user.click(screen.getByRole("button", { name: "Điền cột kết quả xét danh hiệu" }));
    await statusSays(/Đã điền kết quả cho 3 hàng vào cột T/);
    expect(services.fillEligibility).toHaveBeenCalledWith("Công dân", DEFAULT_SETTINGS);
    await user.type(screen.getByLabelText(/Các hàng/), "4-5");
    await user.click(screen.getByRole("button", { name: "Chèn hàm XHHT" }));
    await statusSays(/Đã chèn 3 công thức vào cột V/);
    expect(services.insertFunctions).toHaveBeenCalledWith("Công dân", [4, 5], DEFAULT_SETTINGS);
    expect(screen.getByTestId("criteria-set")).toHaveTextContent(/Công dân học tập/);
    await user.click(screen.getByRole("button", { name: "Tạo/cập nhật trang “Tiêu chí XHHT”" }));
    await statusSays(/Đã ghi 40 giá trị/);
  });

  it("marks provisional criteria values as chưa xác nhận", async () => {
    const user = userEvent.setup();
    await pane(fakeServices(), "eligibility");
    await user.selectOptions(await screen.findByLabelText("Danh hiệu"), "gia-dinh");
    await waitFor(() => expect(screen.getByTestId("criteria-set")).toBeInTheDocument());
    expect(screen.getAllByText("chưa xác nhận").length).toBeGreaterThan(0);
  });

  it("says where a set's dates come from, that QĐ 448 is carried on, and who recognises the title", async () => {
    const user = userEvent.setup();
    await pane(fakeServices(), "eligibility");
    await user.selectOptions(await screen.findByLabelText("Danh hiệu"), "gia-dinh");
    await waitFor(() => expect(screen.getByTestId("criteria-period")).toHaveTextContent(/01\/12\/2015 \(ngày ký.*được tiếp tục áp dụng vì chưa có bộ mới/));
    await user.selectOptions(screen.getByLabelText("Danh hiệu"), "cong-dong-xa");
    await waitFor(() => expect(screen.getByTestId("criteria-recogniser")).toHaveTextContent(/^Cấp công nhận: /));
    expect(screen.getByTestId("criteria-period")).toHaveTextContent("Áp dụng từ 12/02/2024 (ngày có hiệu lực) đến nay.");
  });

  it("draws the year-over-year charts when the workbook holds several years, and says why not with one year", async () => {
    const user = userEvent.setup();
    const one = fakeServices();
    const { unmount } = await pane(one, "charts");
    await user.click(screen.getByRole("button", { name: "Vẽ xu hướng theo năm" }));
    await statusSays(/Các trang tổng hợp chỉ có số liệu năm 2025; cần ít nhất hai năm/);
    expect(within(screen.getByTestId("trend-charts")).getByText("Trang “Biểu 01”: năm 2025")).toBeInTheDocument();
    unmount();
    const two = fakeServices({
      drawTrendCharts: async () =>
        ok({ charts: ["Gia đình học tập: tỷ lệ công nhận theo năm"], years: [2024, 2025], sheets: [{ sheet: "2024", year: 2024 }, { sheet: "2025", year: 2025 }], withoutYear: ["Cũ"], warnings: [] }),
    });
    await pane(two, "charts");
    await user.click(screen.getByRole("button", { name: "Vẽ xu hướng theo năm" }));
    await statusSays(/Đã vẽ 1 biểu đồ theo năm \(2024, 2025\) trên trang “Biểu đồ theo năm”/);
    expect(two.drawTrendCharts).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(within(screen.getByTestId("trend-charts")).getByText("Trang “Cũ”: không rõ năm báo cáo, không đưa vào so sánh")).toBeInTheDocument();
  });

  it("draws charts and creates a template sheet", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const { unmount } = await pane(services, "charts");
    await waitFor(() => expect(screen.getByLabelText("Trang tính")).toHaveValue("Biểu 01"));
    await user.click(screen.getByRole("button", { name: "Vẽ biểu đồ" }));
    await statusSays(/Đã vẽ 1 biểu đồ/);
    unmount();
    await pane(services, "template");
    await user.click(await screen.findByRole("button", { name: "Tạo trang biểu mẫu" }));
    expect(screen.getByText("Hãy nhập tên đơn vị.")).toBeInTheDocument();
    expect(services.createTemplate).not.toHaveBeenCalled();
    await user.type(screen.getByRole("textbox", { name: /^Tên đơn vị/ }), "Xã Lâm Giang");
    await user.click(screen.getByRole("button", { name: "Tạo trang biểu mẫu" }));
    await statusSays(/Đã tạo trang “Gia đình 2025”/);
    expect(services.createTemplate.mock.calls[0][0]).toMatchObject({ templateId: "tong-hop-mo-hinh", year: 2025, unitName: "Xã Lâm Giang", rows: 20 });
  });

  it("shows the one verdict of a commune's self-assessment table instead of filling a column", async () => {
    const user = userEvent.setup();
    const set = BUILTIN_SETS.find((x) => x.id === "cong-dong-xa-tt25")!;
    const verdict = evaluate(set, Object.fromEntries(["tc1-tuyen-truyen", "tc1-chuong-trinh", "tc1-tuan-le", "tc2-kinh-phi", "tc2-xa-hoi-hoa", "tc2-phoi-hop", "tc3-hieu-qua", "tc4-muc-1", "tc5-muc-1"].map((id) => [id, true])));
    const services = fakeServices({
      listSheets: async () => ok({ sheets: ["Tự đánh giá TT25 2025"], active: "Tự đánh giá TT25 2025" }),
      fillEligibility: async () => ok({ templateId: "cong-dong-xa-tt25-bang", resultColumn: null, written: 0, verdicts: [{ row: 1, subject: "Xã Bảo Ái", verdict }] }),
    });
    await pane(services, "eligibility");
    await waitFor(() => expect(screen.getByLabelText("Trang tính")).toHaveValue("Tự đánh giá TT25 2025"));
    await user.click(screen.getByRole("button", { name: "Điền cột kết quả xét danh hiệu" }));
    await statusSays(/Bảng tự đánh giá của Xã Bảo Ái: một kết quả cho cả trang, không điền cột — Mức độ 1 \(chưa xác nhận\)/);
  });

  it("creates the commune self-assessment table without a row count: its rows are the set's criteria and indicators", async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    await pane(services, "template");
    expect(await screen.findByLabelText("Số hàng để nhập")).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Biểu mẫu"), "cong-dong-xa-tt25-bang");
    expect(screen.queryByLabelText("Số hàng để nhập")).not.toBeInTheDocument();
    expect(screen.getByText(/các tiêu chí, chỉ số của bộ tiêu chí/)).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /^Tên đơn vị/ }), "Xã Bảo Ái");
    await user.click(screen.getByRole("button", { name: "Tạo trang biểu mẫu" }));
    await waitFor(() => expect(services.createTemplate).toHaveBeenCalled());
    expect(services.createTemplate.mock.calls[0][0]).toMatchObject({ templateId: "cong-dong-xa-tt25-bang", unitName: "Xã Bảo Ái" });
  });

  it("says when stored settings were unreadable, saves settings, and switches the language", async () => {
    const user = userEvent.setup();
    const services = fakeServices({ loadSettings: async () => ({ settings: DEFAULT_SETTINGS, notice: "Cài đặt lưu trong sổ tính không đọc được; đang dùng cài đặt mặc định." }) });
    await pane(services, "settings");
    await statusSays(/không đọc được/);
    await user.type(screen.getByLabelText(/Năm báo cáo/), "2024");
    await user.click(screen.getByRole("button", { name: "Lưu cài đặt" }));
    await statusSays(/Đã lưu cài đặt/);
    expect(services.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, reportYear: 2024 });
    await user.click(screen.getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }));
    expect(await screen.findByRole("tab", { name: "Eligibility" })).toBeInTheDocument();
  });

  it.each<PageId>(["check", "eligibility", "charts", "template", "settings"])("has no axe violations on the %s page", async (page) => {
    const user = userEvent.setup();
    const { container } = await pane(fakeServices(), page);
    await waitFor(() => expect(screen.getByRole("tabpanel")).toBeInTheDocument());
    if (page === "check") {
      await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
      await statusSays(/Đã kiểm tra/);
    }
    if (page === "eligibility") await waitFor(() => expect(screen.getByTestId("criteria-set")).toBeInTheDocument());
    expect((await axe(container)).violations).toEqual([]);
  });

  it("loads a province profile in Cài đặt, shows a refused one's problems, and removes it", async () => {
    const user = userEvent.setup();
    const info = { id: "lao-cai-2025", name: "Tỉnh Lào Cai (Sở GD&ĐT)", units: 99, confirmed: 2, documents: ["123/HD-SGDĐT 01/09/2025"], maps: 1 };
    const services = fakeServices({
      importProvinceProfile: jest
        .fn()
        .mockResolvedValueOnce(ok({ ok: false as const, problems: ["Hồ sơ tỉnh, mục provinceCode: phải là mã tỉnh 2 chữ số"] }))
        .mockResolvedValueOnce(ok({ ok: true as const, info })),
    });
    await pane(services, "settings");
    expect(await screen.findByTestId("profile-current")).toHaveTextContent(/hồ sơ mặc định của tỉnh Lào Cai/);
    const file = (text: string) => new File([text], "ho-so.json", { type: "application/json" });
    await user.upload(screen.getByTestId("profile-file"), file("{}"));
    expect(await screen.findByTestId("profile-problems")).toHaveTextContent("Hồ sơ tỉnh, mục provinceCode: phải là mã tỉnh 2 chữ số");
    expect(screen.getByTestId("profile-current")).toHaveTextContent(/hồ sơ mặc định/);
    await user.upload(screen.getByTestId("profile-file"), file('{"version":1}'));
    await waitFor(() => expect(screen.getByTestId("profile-current")).toHaveTextContent("Đang dùng: Tỉnh Lào Cai (Sở GD&ĐT) — 99 đơn vị, 2 giá trị tiêu chí đã xác nhận."));
    expect(services.importProvinceProfile).toHaveBeenLastCalledWith('{"version":1}');
    expect(screen.queryByTestId("profile-problems")).toBeNull();
    expect(screen.getByText("Theo văn bản: 123/HD-SGDĐT 01/09/2025")).toBeInTheDocument();
    expect(screen.getByTestId("profile-maps")).toHaveTextContent("Tệp biểu mẫu của tỉnh: 1 bản ghép cột");
    await user.click(screen.getByRole("button", { name: "Bỏ hồ sơ tỉnh" }));
    await waitFor(() => expect(screen.getByTestId("profile-current")).toHaveTextContent(/hồ sơ mặc định/));
    expect(services.removeProvinceProfile).toHaveBeenCalled();
  });
});
