/**
 * @jest-environment jsdom
 */
// Issue 13, item 4 beyond the check: when Excel cannot list a sheet's merged areas (over 512), "Xét danh hiệu" and
// "Biểu đồ" go on without them and say so in the status, over the real services and the Excel fake.
import { TextDecoder, TextEncoder } from "node:util";
// jsdom lacks the encoders the fake and the request budget use; Node's are the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS, TaskpaneApp, TaskpaneServicesContext, type PageId, type TaskpaneServices } from "../src/ui/taskpane";
import { createFakeExcel, MAX_MERGED_AREAS, type FakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

// jsdom has no ResizeObserver; Fluent's MessageBar and TabList measure themselves with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const clock = () => new Date(2025, 2, 14, 9, 30);
const NOTICE = /hơn 512 vùng ô gộp nên Excel không liệt kê được/;

/** The seeded workbook; with `manyMerges`, both sheets get more merged areas than Excel lists (empty cells far right). */
function workbook(manyMerges: boolean): { fake: FakeExcel; services: TaskpaneServices } {
  const fake = createFakeExcel();
  seedWorkbook(fake.model, seedData());
  if (manyMerges) {
    for (const name of ["Biểu 01", "Công dân"]) {
      const s = fake.model.sheet(name)!;
      s.setRaw(MAX_MERGED_AREAS + 40, 41, "—");
      for (let r = 0; r <= MAX_MERGED_AREAS + 20; r++) s.merges.push({ top: r, left: 40, bottom: r, right: 41 });
    }
  }
  return { fake, services: createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock }) };
}

const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function pane(services: TaskpaneServices, page: PageId) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskpaneServicesContext.Provider value={services}>
        <TaskpaneApp initialPage={page} />
      </TaskpaneServicesContext.Provider>
    </FluentProvider>,
  );
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

describe("more than 512 merged areas", () => {
  it("eligibility fills the same results without the merges and says the sheet was read without them", async () => {
    const plain = must(await workbook(false).services.fillEligibility("Công dân", DEFAULT_SETTINGS));
    expect(plain.mergesUnread).toBeUndefined();
    const { fake, services } = workbook(true);
    const many = must(await services.fillEligibility("Công dân", DEFAULT_SETTINGS));
    expect(many.mergesUnread).toBe(true);
    expect([many.written, many.resultColumn, many.verdicts.map((v) => v.verdict.outcome)]).toEqual([plain.written, plain.resultColumn, plain.verdicts.map((v) => v.verdict.outcome)]);
    expect(fake.model.sheet("Công dân")!.get(3, many.resultColumn!.charCodeAt(0) - 65)).toMatch(/^Đạt/);
    const fns = must(await services.insertFunctions("Công dân", [], DEFAULT_SETTINGS));
    expect([fns.written, fns.mergesUnread]).toEqual([3, true]);
    expect(must(await workbook(false).services.insertFunctions("Công dân", [], DEFAULT_SETTINGS)).mergesUnread).toBeUndefined();
  });

  it("charts are drawn without the merges and say so; a sheet Excel lists in full says nothing", async () => {
    expect(must(await workbook(false).services.drawCharts("Biểu 01", DEFAULT_SETTINGS)).mergesUnread).toBeUndefined();
    const drawn = must(await workbook(true).services.drawCharts("Biểu 01", DEFAULT_SETTINGS));
    expect(drawn.mergesUnread).toBe(true);
  });

  it("the Xét danh hiệu page shows the notice in its status", async () => {
    const user = userEvent.setup();
    await pane(workbook(true).services, "eligibility");
    await waitFor(() => expect(screen.getByLabelText("Trang tính")).toHaveValue("Công dân"));
    await user.click(screen.getByRole("button", { name: "Điền cột kết quả xét danh hiệu" }));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(/Đã điền kết quả cho 3 hàng/));
    expect(screen.getByTestId("status")).toHaveTextContent(NOTICE);
    await user.click(screen.getByRole("button", { name: "Chèn hàm XHHT" }));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(/Đã chèn 3 công thức/));
    expect(screen.getByTestId("status")).toHaveTextContent(NOTICE);
  });

  it("the Biểu đồ page shows the notice in its status", async () => {
    const user = userEvent.setup();
    await pane(workbook(true).services, "charts");
    await waitFor(() => expect(screen.getByLabelText("Trang tính")).toHaveValue("Biểu 01"));
    await user.click(screen.getByRole("button", { name: "Vẽ biểu đồ" }));
    await waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(NOTICE));
  });
});
