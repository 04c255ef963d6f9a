/**
 * @jest-environment jsdom
 */
// A sheet name typed on the template page is checked against Excel's rules and the workbook's sheets before Excel
// can refuse it: the officer sees why, in Vietnamese, and no sheet is added until the name is valid.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { TaskpaneApp, TaskpaneServicesContext } from "../src/ui/taskpane";
import { createFakeExcel } from "./excel-fake";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

it("refuses a forbidden character and an existing name, then creates the sheet under a valid name", async () => {
  const fx = createFakeExcel();
  fx.model.addSheet("Biểu 1");
  const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskpaneServicesContext.Provider value={services}>
        <TaskpaneApp initialPage="template" />
      </TaskpaneServicesContext.Provider>
    </FluentProvider>,
  );
  for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  const user = userEvent.setup();
  await user.type(screen.getByRole("textbox", { name: /^Tên đơn vị/ }), "Xã Lâm Giang");
  const name = screen.getByRole("textbox", { name: /^Tên trang/ });
  const create = screen.getByRole("button", { name: "Tạo trang biểu mẫu" });

  await user.type(name, "Biểu 01/2025");
  await user.click(create);
  expect(await screen.findByText(/không được chứa ký tự "\/"/)).toBeInTheDocument();

  await user.clear(name);
  await user.type(name, "biểu 1");
  await user.click(create);
  expect(await screen.findByText(/đã có trang "Biểu 1"/)).toBeInTheDocument();

  await user.clear(name);
  await user.type(name, "x".repeat(32));
  await user.click(create);
  expect(await screen.findByText(/32 ký tự/)).toBeInTheDocument();
  expect(fx.model.sheets.map((s) => s.name)).toEqual(["Biểu 1"]);

  await user.clear(name);
  await user.type(name, "Kết quả 2025");
  await user.click(create);
  await waitFor(() => expect(fx.model.sheets.map((s) => s.name)).toEqual(["Biểu 1", "Kết quả 2025"]));
}, 30_000);
