import { useCallback, useEffect, useState } from "react";
import { useTaskpaneServices } from "../services";
import type { PaneModel } from "../usePane";

/** Sheets of the workbook to choose from, starting at the active one; `prefer` picks a better first choice. */
export function useSheets(pane: PaneModel, prefer?: (name: string) => boolean) {
  const services = useTaskpaneServices();
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState("");
  const refresh = useCallback(async () => {
    const r = await services.listSheets();
    if (!r.ok) return;
    setSheets(r.value.sheets);
    setSheet((cur) => (r.value.sheets.includes(cur) ? cur : (r.value.sheets.find((n) => prefer?.(n)) ?? r.value.active)));
  }, [services, prefer]);
  useEffect(() => {
    if (pane.ready) void refresh();
  }, [pane.ready, refresh]);
  return { sheets, sheet, setSheet, refresh };
}
