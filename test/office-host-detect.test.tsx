/**
 * @jest-environment jsdom
 */
// The pane waits for Office.onReady as long as it takes, says it is outside Excel only when office.js is absent or
// reports no host, connects when office.js turns up late, and opens the dashboard in a new window.
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { watchHost, type HostCheck } from "../src/entries/taskpane/detect-host";
import { LoadingShell } from "../src/entries/taskpane/LoadingShell";
import { OutsideExcel } from "../src/entries/taskpane/OutsideExcel";

/** An office.js whose onReady resolves when the test says so. */
function slowOffice() {
  let resolve: (info: { host: string | null }) => void = () => undefined;
  const ready = new Promise<{ host: string | null }>((r) => (resolve = r));
  const office = { onReady: () => ready, HostType: { Excel: "Excel" } } as unknown as typeof Office;
  return { office, ready: (host: string | null) => resolve({ host }) };
}

const flush = () => Promise.resolve().then(() => undefined);

describe("watchHost", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("keeps connecting past any timer and opens Excel when onReady arrives after a minute", async () => {
    const { office, ready } = slowOffice();
    const seen: HostCheck[] = [];
    const stop = watchHost(() => office, (c) => seen.push(c));
    jest.advanceTimersByTime(60_000);
    await flush();
    expect(seen).toEqual([{ kind: "connecting", slow: false }, { kind: "connecting", slow: true }]);
    ready("Excel");
    await flush();
    await flush();
    expect(seen[seen.length - 1]).toEqual({ kind: "excel" });
    stop();
  });

  it("says outside Excel when onReady reports no host (a plain browser) or another host", async () => {
    for (const [host, reason] of [
      [null, "no-host"],
      ["Word", "other-host"],
    ] as const) {
      const { office, ready } = slowOffice();
      const seen: HostCheck[] = [];
      const stop = watchHost(() => office, (c) => seen.push(c));
      ready(host);
      await flush();
      await flush();
      expect(seen).toEqual([{ kind: "connecting", slow: false }, { kind: "outside", reason }]);
      stop();
    }
  });

  it("says office.js is missing, then connects when it turns up late", async () => {
    const { office, ready } = slowOffice();
    const holder: { office?: typeof Office } = {};
    const seen: HostCheck[] = [];
    const stop = watchHost(() => holder.office, (c) => seen.push(c), { pollMs: 1_000 });
    expect(seen).toEqual([{ kind: "outside", reason: "no-office-js" }]);
    holder.office = office;
    jest.advanceTimersByTime(1_000);
    ready("Excel");
    await flush();
    await flush();
    expect(seen.slice(1)).toEqual([{ kind: "connecting", slow: false }, { kind: "excel" }]);
    stop();
  });
});

describe("the pane's own pages", () => {
  const wrap = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

  it("opens the dashboard in a new window, never in the shared runtime's page", () => {
    wrap(<OutsideExcel reason="no-host" />);
    for (const link of screen.getAllByRole("link")) {
      expect(link).toHaveAttribute("href", "dashboard.html");
      expect(link).toHaveAttribute("target", "_blank");
    }
  });

  it("says it is connecting to Excel, and that it still waits when Excel is slow", () => {
    wrap(<LoadingShell slow />);
    expect(screen.getByTestId("taskpane-loading")).toHaveTextContent("Đang kết nối với Excel…");
    expect(screen.getByText(/vẫn đang chờ/)).toBeInTheDocument();
    expect(screen.getByRole("link")).toHaveAttribute("target", "_blank");
  });
});
