/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { axe } from "jest-axe";
import type { ReactElement } from "react";
import type { ChartSpec } from "../src/core/charts/chart-spec";
import type { Verdict } from "../src/core/criteria/verdict";
import type { Issue, IssueCode, Severity } from "../src/core/validation/issue";
import { formatNumber } from "../src/ui/shared/format-number";
import { IssueList, IssueSummary, LanguageProvider, SvgChart, VerdictExplanation } from "../src/ui/shared";
import { layoutChart, niceMax } from "../src/ui/shared/svg-chart-layout";

const ui = (el: ReactElement, lang: "vi" | "en" = "vi") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang}>{el}</LanguageProvider>
    </FluentProvider>,
  );

const issue = (row: number, code: IssueCode, severity: Severity, extra: Partial<Issue> = {}): Issue => ({
  code,
  severity,
  where: { sheet: "Biểu 1", address: `C${row}`, row, column: "C" },
  params: { field: "Tổng số hộ", value: "12a", group: "Gia đình học tập", stated: 10, parts: 2, sum: 12 },
  ...extra,
});

const manyIssues: Issue[] = Array.from({ length: 1200 }, (_, i) =>
  issue(10 + (i % 400), i % 3 === 0 ? "number-invalid" : i % 3 === 1 ? "text-not-nfc" : "totals-mismatch", i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info"),
);

describe("IssueList", () => {
  it("draws one page of a long list, with a pager, and each severity named in words", () => {
    ui(<IssueList issues={manyIssues} pageSize={50} />);
    const table = screen.getByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(screen.getByText("Trang 1/24")).toBeTruthy();
    expect(within(table).getAllByText("Lỗi").length).toBeGreaterThan(0);
    expect(within(table).getAllByText("Cảnh báo").length).toBeGreaterThan(0);
    expect(within(table).getAllByText("Thông tin").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Trang sau" }));
    expect(screen.getByText("Trang 2/24")).toBeTruthy();
  });

  it("shows address, message, value read and suggestion", () => {
    ui(<IssueList issues={[issue(12, "number-invalid", "error", { input: "12a", fix: { value: 12, safe: false } })]} />);
    const row = screen.getAllByRole("row")[1];
    expect(within(row).getByText("C12")).toBeTruthy();
    expect(within(row).getByText('"Tổng số hộ" là "12a", không phải số.')).toBeTruthy();
    expect(within(row).getByText("12a")).toBeTruthy();
    expect(within(row).getByText("12")).toBeTruthy();
  });

  it("filters errors only, by kind (with counts) and by row", () => {
    ui(<IssueList issues={manyIssues} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ hiện lỗi" }));
    expect(screen.getByText("400 trên 1200 mục")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Chỉ hiện lỗi" }));
    const kind = screen.getByRole("combobox", { name: "Loại lỗi" });
    expect(within(kind).getByRole("option", { name: "Unicode tổ hợp (NFD) (400)" })).toBeTruthy();
    fireEvent.change(kind, { target: { value: "totals-mismatch" } });
    expect(screen.getByText("400 trên 1200 mục")).toBeTruthy();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Hàng" }), { target: { value: "11" } });
    expect(screen.getByText("1 trên 1200 mục")).toBeTruthy();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Hàng" }), { target: { value: "5" } });
    expect(screen.getByText("Không có lỗi nào khớp bộ lọc.")).toBeTruthy();
  });

  it("calls onSelect with the chosen issue, by click and by keyboard", () => {
    const onSelect = jest.fn();
    const issues = [issue(12, "number-invalid", "error"), issue(13, "text-not-nfc", "warning")];
    ui(<IssueList issues={issues} onSelect={onSelect} />);
    fireEvent.click(screen.getByText("C13"));
    expect(onSelect).toHaveBeenLastCalledWith(issues[1]);
    fireEvent.keyDown(screen.getByText("C12").closest("tr") as HTMLElement, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(issues[0]);
  });

  it("speaks English when asked", () => {
    ui(<IssueList issues={[issue(12, "number-invalid", "error")]} />, "en");
    expect(screen.getByText("Error")).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Errors only" })).toBeTruthy();
  });

  it("has no accessibility violations", async () => {
    const { container } = ui(<IssueList issues={manyIssues.slice(0, 30)} onSelect={() => undefined} />);
    expect((await axe(container)).violations).toEqual([]);
  });
});

describe("IssueSummary", () => {
  it("counts per severity and per kind", () => {
    ui(<IssueSummary counts={{ error: 3, warning: 2, info: 0, byCode: { "number-invalid": 3, "text-not-nfc": 2 } }} />);
    expect(screen.getByTestId("count-error").textContent).toBe("Lỗi 3");
    expect(screen.getByTestId("count-warning").textContent).toBe("Cảnh báo 2");
    expect(screen.getByText("Không phải số: 3")).toBeTruthy();
  });
});

const rateChart: ChartSpec = {
  id: "xhht-rate-gia-dinh",
  kind: "bar-sorted",
  title: "Tỷ lệ Gia đình học tập được công nhận theo đơn vị năm 2024",
  categoryAxisTitle: "Đơn vị",
  valueAxisTitle: "Tỷ lệ (%)",
  categories: ["Xã Lâm Giang", "Xã Mỏ Vàng", "Xã Tân Thịnh"],
  series: [
    { name: "Tỷ lệ công nhận (%)", values: [50.6, 50, 33.3] },
    { name: "Mục tiêu 70% (QĐ 387/QĐ-TTg)", values: [70, 70, 70], asLine: true },
  ],
  numberFormat: "0.0",
  valueMax: 100,
};

describe("SvgChart", () => {
  it("renders title, axis titles, one bar per unit with Vietnamese value labels, and the target line", () => {
    const { container } = ui(<SvgChart spec={rateChart} />);
    const svg = screen.getByRole("img", { name: new RegExp(rateChart.title) });
    expect(svg.querySelector("title")?.textContent).toBe(rateChart.title);
    expect(container.querySelectorAll("[data-bar]")).toHaveLength(3);
    expect(container.querySelector('[data-bar="Xã Lâm Giang"]')?.textContent).toBe("50,6");
    expect(container.querySelectorAll("line[data-target]")).toHaveLength(3);
    expect(container.querySelector("line[data-target]")?.getAttribute("data-target")).toBe("70,0");
    const text = svg.textContent ?? "";
    expect(text).toContain("Đơn vị");
    expect(text).toContain("Tỷ lệ (%)");
    expect(text).toContain("Mục tiêu 70%");
  });

  it("draws clustered columns for several series", () => {
    const spec: ChartSpec = {
      id: "xhht-registered-recognised",
      kind: "clustered-column",
      title: "Đăng ký và công nhận theo mô hình học tập",
      categoryAxisTitle: "Mô hình",
      valueAxisTitle: "Số lượng",
      categories: ["Gia đình học tập", "Dòng họ học tập"],
      series: [
        { name: "Tổng số", values: [1234, 10] },
        { name: "Đăng ký", values: [900, null] },
        { name: "Công nhận", values: [700, 5] },
      ],
      numberFormat: "#,##0",
    };
    const { container } = ui(<SvgChart spec={spec} />);
    expect(container.querySelectorAll("[data-bar]")).toHaveLength(5);
    expect(container.querySelector("[data-bar]")?.textContent).toBe("1.234");
    expect(layoutChart(spec).max).toBe(2000);
  });

  it("has no accessibility violations", async () => {
    const { container } = ui(<SvgChart spec={rateChart} />);
    expect((await axe(container)).violations).toEqual([]);
  });

  it("rounds the axis up and formats numbers the Vietnamese way", () => {
    expect([niceMax(0), niceMax(7), niceMax(42), niceMax(230)]).toEqual([1, 10, 50, 250]);
    expect(formatNumber(50.63, 1)).toBe("50,6");
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatNumber(null)).toBe("");
  });
});

const verdict: Verdict = {
  title: "gia-dinh",
  outcome: "not-met",
  points: 70,
  maxPoints: 100,
  criteria: [
    { id: "tc1", label: "Các thành viên trong độ tuổi đi học đều đi học", met: true, reason: "ok", params: {}, provisional: false },
    { id: "tong-diem", label: "Tổng điểm từ 80 trở lên", met: false, reason: "points-below", params: { min: 80 }, provisional: true },
  ],
  missing: [],
  setId: "gia-dinh-yen-bai",
  setVersion: "2024.1",
  provisional: true,
};

describe("VerdictExplanation", () => {
  it("shows the outcome, points, each criterion met or not, and the provisional flag", () => {
    const { container } = ui(<VerdictExplanation verdict={verdict} subject="Hộ ông Nguyễn Văn A" />);
    expect(container.querySelector("[data-outcome]")?.textContent).toBe("Không đạt");
    expect(screen.getByText("70/100 điểm")).toBeTruthy();
    const items = [...container.querySelectorAll("li[data-met]")];
    expect(items.map((i) => i.getAttribute("data-met"))).toEqual(["true", "false"]);
    expect(items[0].textContent).toBe("Đạt: Các thành viên trong độ tuổi đi học đều đi học");
    expect(items[1].textContent).toBe("Không đạt: Tổng điểm từ 80 trở lên (chưa xác nhận)");
    expect(screen.getAllByText("chưa xác nhận").length).toBe(1);
    expect(screen.getByTestId("verdict-line").textContent).toMatch(/Không đạt/);
    expect(within(screen.getByRole("list", { name: "Lý do không đạt" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("names missing inputs by their Vietnamese labels, never by raw ids", () => {
    const missing = { id: "tc1-ke-hoach", label: "Có kế hoạch học tập hằng năm và thực hiện", met: false, reason: "missing-input", params: { field: "tc1-ke-hoach" }, provisional: false };
    ui(<VerdictExplanation verdict={{ ...verdict, outcome: "insufficient-data", provisional: false, criteria: [missing], missing: ["tc1-ke-hoach"] }} />);
    expect(screen.getByTestId("verdict-missing").textContent).toBe("Thiếu dữ liệu: Có kế hoạch học tập hằng năm và thực hiện");
  });

  it("names missing inputs when the data is insufficient", () => {
    ui(<VerdictExplanation verdict={{ ...verdict, outcome: "insufficient-data", provisional: false, missing: ["so-thanh-vien"] }} />);
    expect(screen.getByText("Chưa đủ dữ liệu")).toBeTruthy();
    expect(screen.getByText("Thiếu dữ liệu: so-thanh-vien")).toBeTruthy();
  });

  it("has no accessibility violations", async () => {
    const { container } = ui(<VerdictExplanation verdict={verdict} subject="Hộ ông Nguyễn Văn A" />);
    expect((await axe(container)).violations).toEqual([]);
  });
});
