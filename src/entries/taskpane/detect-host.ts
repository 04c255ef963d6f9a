/** Where the task pane finds itself: still waiting for Office, inside Excel, or somewhere office.js says is not Excel. */
export type HostCheck =
  | { kind: "connecting"; slow: boolean }
  | { kind: "excel" }
  | { kind: "outside"; reason: "no-host" | "other-host" | "no-office-js" };

/** After this long without `Office.onReady`, the pane says Excel is slow to answer (and keeps waiting). */
export const SLOW_AFTER_MS = 10_000;
/** How often the pane looks again for an office.js that was missing (a late or retried script load). */
export const OFFICE_POLL_MS = 2_000;

/**
 * Follows where the pane runs and reports each state to `onChange`. `Office.onReady` is awaited as long as it takes
 * (slow networks, a shared runtime started with the workbook): the pane shows "connecting", never gives up on a timer.
 * It says it is outside Excel only when office.js is absent or onReady reports no host / another host; when office.js
 * turns up later, it connects then. Returns a function that stops watching.
 */
export function watchHost(getOffice: () => typeof Office | undefined, onChange: (check: HostCheck) => void, opts: { slowAfterMs?: number; pollMs?: number } = {}): () => void {
  let stopped = false;
  let attached = false;
  let poll: ReturnType<typeof setInterval> | undefined;
  let slow: ReturnType<typeof setTimeout> | undefined;
  const report = (c: HostCheck) => {
    if (!stopped) onChange(c);
  };
  const attach = (office: typeof Office) => {
    attached = true;
    if (poll !== undefined) clearInterval(poll);
    report({ kind: "connecting", slow: false });
    slow = setTimeout(() => report({ kind: "connecting", slow: true }), opts.slowAfterMs ?? SLOW_AFTER_MS);
    office
      .onReady()
      .then((info) => {
        clearTimeout(slow);
        if (info.host === office.HostType.Excel) report({ kind: "excel" });
        else report({ kind: "outside", reason: info.host ? "other-host" : "no-host" });
      })
      .catch(() => {
        clearTimeout(slow);
        report({ kind: "outside", reason: "no-office-js" });
      });
  };
  const usable = (o: typeof Office | undefined): o is typeof Office => o !== undefined && typeof o.onReady === "function";
  const first = getOffice();
  if (usable(first)) attach(first);
  else {
    report({ kind: "outside", reason: "no-office-js" });
    poll = setInterval(() => {
      const o = getOffice();
      if (!attached && usable(o)) attach(o);
    }, opts.pollMs ?? OFFICE_POLL_MS);
  }
  return () => {
    stopped = true;
    if (poll !== undefined) clearInterval(poll);
    clearTimeout(slow);
  };
}

/** The global `Office`, or undefined when office.js did not load. */
export function globalOffice(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}
