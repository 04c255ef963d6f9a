/**
 * @jest-environment jsdom
 */
/**
 * The dashboard's checks use the loaded province profile (issue 15): its template file's column maps, its confirmed
 * criteria values and the targets it set itself go to every check, and loading it checks the same files again; a bad
 * profile changes nothing.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { valueEntries } from "../src/core/criteria/value-paths";
import { laoCaiProfile } from "../src/core/province";
import type { DashboardServices } from "../src/ui/dashboard";
import { formServices, renderFormApp } from "./support/dashboard-form-app";

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const TEMPLATES = JSON.parse(readFileSync(join(__dirname, "fixtures", "templates", "province-form.json"), "utf8")) as unknown;
const CONFIRMED = [{ base: "gia-dinh-448", path: "tc3.min", value: 12, document: { number: "123/HD-SGDĐT", date: "2025-09-01" } }];
const fakeServices = () => formServices({ year: 2025, month: 12, day: 1 });
async function renderApp(services: DashboardServices) {
  await renderFormApp(services);
  await screen.findByTestId("status-panel");
}

const row = () => document.querySelector('[data-file="mau-tinh.xlsx"]') as HTMLElement;
const loadProfile = async (profile: unknown) => {
  const input = screen.getByTestId("profile-input") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(profile)], "ho-so.json", { type: "application/json" })] } });
  });
};

describe("the dashboard's checks under the province profile", () => {
  it("start with the built-in profile: no confirmed values, no maps, no targets of the province's own", async () => {
    const services = fakeServices();
    await renderApp(services);
    expect(services.seen[0]).toEqual({});
    expect(row().getAttribute("data-status")).toBe("unchecked");
  });

  it("check the same files again with the profile's maps, confirmed values and own targets once it is loaded", async () => {
    const services = fakeServices();
    await renderApp(services);
    const targets = laoCaiProfile().targets.map((t) => (t.group === "gia-dinh" && t.byYear === 2025 ? { ...t, percent: 75, basis: "NQ của tỉnh", confidence: "T" } : t));
    await loadProfile({ ...laoCaiProfile(), id: "lao-cai-sgd", name: "Tỉnh Lào Cai (Sở GD&ĐT)", confirmedValues: CONFIRMED, templates: TEMPLATES, targets });
    await waitFor(() => expect(services.checkFiles).toHaveBeenCalledTimes(2));
    const settings = services.seen[1]!;
    expect(settings.columnMaps?.map((m) => m.sheet)).toEqual(["Mẫu tỉnh"]);
    expect(settings.targets).toEqual({ "gia-dinh": 75 });
    const set = settings.criteriaSets?.find((s) => s.id === "gia-dinh-448");
    expect(set && valueEntries(set).find((e) => e.path === "tc3.min")?.threshold).toEqual({ value: 12, confidence: "T" });
    // The province's own form is now recognised through the profile's template file.
    await waitFor(() => expect(row().getAttribute("data-status")).toBe("has-errors"));
    expect((await screen.findByTestId("profile-name")).textContent).toContain("Tỉnh Lào Cai (Sở GD&ĐT)");
  });

  it("refuse a bad profile with the field named, and check nothing again", async () => {
    const services = fakeServices();
    await renderApp(services);
    await loadProfile({ ...laoCaiProfile(), templates: { format: "xhht-column-map", version: 1, maps: [{ templateId: "khong-co", columns: [{ header: "Tên", field: null }] }] } });
    expect((await screen.findByTestId("profile-problems")).textContent).toContain("Hồ sơ tỉnh, mục templates — Bản ghép 1, mục templateId: không có biểu mẫu 'khong-co'.");
    expect(services.checkFiles).toHaveBeenCalledTimes(1);
    expect(row().getAttribute("data-status")).toBe("unchecked");
  });
});
