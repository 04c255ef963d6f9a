/** Where the task pane finds itself: inside Excel, in another place office.js knows, or with no office.js at all. */
export type HostCheck =
  | { kind: "excel" }
  | { kind: "outside"; reason: "no-host" | "other-host" | "no-office-js" | "timeout" };

/** How long to wait for `Office.onReady` before deciding the page is not inside Office. */
export const ON_READY_TIMEOUT_MS = 3000;

/**
 * Decides whether the pane runs inside Excel. Outside Office, `Office.onReady` resolves with `host: null`;
 * where the CDN is unreachable `Office` is undefined; and a broken load may never resolve, hence the timeout.
 */
export function detectHost(office: typeof Office | undefined, timeoutMs = ON_READY_TIMEOUT_MS): Promise<HostCheck> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ kind: "outside", reason: "no-office-js" });
  return new Promise<HostCheck>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: "outside", reason: "timeout" }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        if (info.host === office.HostType.Excel) resolve({ kind: "excel" });
        else resolve({ kind: "outside", reason: info.host ? "other-host" : "no-host" });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ kind: "outside", reason: "no-office-js" });
      });
  });
}

/** The global `Office`, or undefined when office.js did not load. */
export function globalOffice(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}
