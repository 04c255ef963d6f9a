/**
 * @jest-environment jsdom
 */
/** The dashboard never shows "Đạt" for a file it could not check, and "Nạp biểu mẫu tỉnh" checks such files (issue #12). */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formServices, renderFormApp } from "./support/dashboard-form-app";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const TEMPLATES = readFileSync(join(__dirname, "fixtures", "templates", "province-form.json"), "utf8");
const fakeServices = () => formServices({ year: 2026, month: 1, day: 5 });
const renderApp = renderFormApp;

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
    expect(services.seen[1]?.columnMaps?.[0].templateId).toBe("tong-hop-mo-hinh");
    expect(screen.getByTestId("rollup-left-out").textContent).toContain("mau-tinh.xlsx: không có số liệu Dòng họ học tập");
  });
});
