import type { MessageBarIntent } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CriteriaSet } from "../../core/criteria";
import { usePaneStrings } from "./i18n/usePaneStrings";
import type { ActionResult } from "./services";
import { useTaskpaneServices } from "./services";
import { DEFAULT_SETTINGS, type TaskpaneSettings } from "./settings.schema";

/** What the status line says: nothing, work in progress, or the outcome of the last action. */
export type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "busy"; readonly text: string }
  | { readonly kind: "done"; readonly intent: MessageBarIntent; readonly text: string; readonly details?: readonly string[] };

/** An action's outcome as the status line shows it. */
export type Outcome = { readonly intent: MessageBarIntent; readonly text: string; readonly details?: readonly string[] };

/** The pane-wide state every page shares: settings, criteria overrides, the status line and the action runner. */
export interface PaneModel {
  readonly settings: TaskpaneSettings;
  readonly overrides: readonly CriteriaSet[];
  readonly setOverrides: (sets: readonly CriteriaSet[]) => void;
  readonly status: Status;
  readonly busy: boolean;
  readonly ready: boolean;
  /** Shows progress while the action runs, then its outcome or its failure's Vietnamese message; null on failure. */
  readonly run: <T>(busyText: string, action: () => Promise<ActionResult<T>>, done: (value: T) => Outcome) => Promise<T | null>;
  readonly progress: (text: string) => void;
  readonly saveSettings: (s: TaskpaneSettings) => Promise<boolean>;
}

/** State of the whole pane: loads the workbook's settings and criteria sheet once, then runs actions one at a time. */
export function usePane(): PaneModel {
  const services = useTaskpaneServices();
  const s = usePaneStrings();
  const [settings, setSettings] = useState<TaskpaneSettings>(DEFAULT_SETTINGS);
  const [overrides, setOverrides] = useState<readonly CriteriaSet[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const loaded = await services.loadSettings();
      const criteria = await services.readCriteriaSheet();
      if (!live) return;
      setSettings(loaded.settings);
      if (loaded.notice) setStatus({ kind: "done", intent: "warning", text: loaded.notice });
      if (criteria.ok) setOverrides(criteria.value.overrides);
      setReady(true);
    })();
    return () => {
      live = false;
    };
  }, [services]);

  const run = useCallback(
    async <T,>(busyText: string, action: () => Promise<ActionResult<T>>, done: (value: T) => Outcome): Promise<T | null> => {
      setStatus({ kind: "busy", text: busyText });
      try {
        const r = await action();
        if (!r.ok) {
          setStatus({ kind: "done", intent: "error", text: r.error.message });
          return null;
        }
        setStatus({ kind: "done", ...done(r.value) });
        return r.value;
      } catch {
        // A rejected service is a bug; the officer gets a plain message, never the exception's text.
        setStatus({ kind: "done", intent: "error", text: s.unexpected });
        return null;
      }
    },
    [s],
  );

  const saveSettings = useCallback(
    async (next: TaskpaneSettings) => {
      const saved = await run(s.saving, () => services.saveSettings(next), (v) => ({ intent: "success", text: v?.recalculated ? `${s.saved} ${s.recalculated}` : s.saved }));
      if (saved === null) return false;
      setSettings(next);
      return true;
    },
    [run, services, s],
  );

  const progress = useCallback((text: string) => setStatus({ kind: "busy", text }), []);
  return useMemo(
    () => ({ settings, overrides, setOverrides, status, busy: status.kind === "busy" || !ready, ready, run, progress, saveSettings }),
    [settings, overrides, status, ready, run, progress, saveSettings],
  );
}
