/**
 * @jest-environment jsdom
 */
// The "Ghép cột" panel of the Kiểm tra tab over the real services and the Excel fake: offered after a check of a sheet
// no template recognises, pre-filled, refusing to save without the name column, and saving then checking.
import { TextDecoder, TextEncoder } from "node:util";
// jsdom lacks the encoders the fake and the fingerprint use; Node's are the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { STATE_KEYS } from "../src/core/ports/workbook-port";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { TaskpaneApp, TaskpaneServicesContext } from "../src/ui/taskpane";
import { createFakeExcel } from "./excel-fake";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const ROWS = [
  ["BÁO CÁO GIA ĐÌNH HỌC TẬP NĂM 2024 (MẪU CỦA TỈNH)"],
  ["Nơi báo cáo", "Số hộ toàn thôn", "Hộ ghi danh", "Hộ đạt chuẩn", "Tỉ trọng (%)"],
  ["Thôn Khe Lụa", 120, 110, 95, 79.2],
  ["Thôn Đồng Ruộng", 98, 80, 90, 91.8],
];

const statusSays = (text: RegExp) => waitFor(() => expect(screen.getByTestId("status")).toHaveTextContent(text), { timeout: 5000 });

it("offers Ghép cột for an unrecognised sheet, needs the name column, then saves the map and checks", async () => {
  const user = userEvent.setup();
  const fake = createFakeExcel();
  fake.model.addSheet("Mẫu tỉnh").setRows(0, 0, ROWS);
  fake.model.active = 0;
  const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskpaneServicesContext.Provider value={services}>
        <TaskpaneApp initialPage="check" />
      </TaskpaneServicesContext.Provider>
    </FluentProvider>,
  );
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));

  await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await statusSays(/Chưa kiểm tra được — không nhận ra biểu mẫu: “Mẫu tỉnh”/);
  await user.click(screen.getByRole("button", { name: "Mở Ghép cột" }));
  const form = await screen.findByTestId("column-map-form");
  await user.selectOptions(within(form).getByLabelText("Biểu mẫu"), "tong-hop-mo-hinh");
  const column = (col: string) => form.querySelector(`select[data-col="${col}"]`) as HTMLSelectElement;
  // Only the template's fields are offered, grouped by model; the choices of another template were cleared.
  expect([...column("B").querySelectorAll("optgroup")].map((g) => g.label)).toEqual(expect.arrayContaining(["Chung", "Gia đình học tập", "Công dân học tập"]));
  await user.selectOptions(column("A"), "");
  await user.click(screen.getByRole("button", { name: "Lưu và kiểm tra" }));
  expect(screen.getByRole("alert")).toHaveTextContent("Hãy chọn cột tên đơn vị / họ tên trước khi lưu.");
  expect(fake.model.settings.get(STATE_KEYS.columnMaps)).toBeUndefined();

  const chosen: Record<string, string> = { A: "unit-name", B: "gia-dinh.total", C: "gia-dinh.registered", D: "gia-dinh.recognised", E: "gia-dinh.rate" };
  for (const [col, field] of Object.entries(chosen)) await user.selectOptions(column(col), field);
  await user.click(screen.getByRole("button", { name: "Lưu và kiểm tra" }));
  await statusSays(/Đã kiểm tra: 1 lỗi/);
  expect(String(fake.model.settings.get(STATE_KEYS.columnMaps))).toContain("Nơi báo cáo");
  const table = screen.getByRole("table", { name: "Danh sách lỗi của lần kiểm tra" });
  expect(table.querySelector('tr[data-code="recognised-exceeds-registered"]')).not.toBeNull();
});
