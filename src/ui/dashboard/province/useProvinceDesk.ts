import { useMemo, useState } from "react";
import type { FileCheck } from "../../../app/check-files";
import { statusInputOf } from "../../../app/status";
import { statusSheet } from "../../../app/status-report";
import type { LoadedProfile } from "../../../core/province";
import { statusList, type UnitStatus } from "../../../core/status";
import { rollupYear } from "../dashboard-model";
import { useDashboardServices } from "../DashboardServices";

/**
 * Today from the services' local time "dd/mm/yyyy hh:mm" (the UI reads no clock of its own). Any other text breaks the
 * services' contract: a bug, so it fails loudly instead of counting deadlines from a made-up day.
 */
function todayOf(now: string): { year: number; month: number; day: number } {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(now);
  if (!m) throw new Error(`DashboardServices.now() returned "${now}", not "dd/mm/yyyy hh:mm"`);
  return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
}

/**
 * The province desk's state under the dashboard's profile (loaded there, since the checks use it too): the year, the
 * officer's own unit choices per file, the status filter, and the list built from the checked files.
 */
export function useProvinceDesk(checks: readonly FileCheck[], loaded: LoadedProfile) {
  const services = useDashboardServices();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [assigned, setAssigned] = useState<Readonly<Record<string, string>>>({});
  const [filter, setFilter] = useState<UnitStatus | "all">("all");
  const today = useMemo(() => todayOf(services.now()), [services]);
  const year = chosenYear ?? rollupYear(checks) ?? (today.month >= 10 ? today.year : today.year - 1);
  const years = useMemo(() => {
    const found = new Set<number>([year]);
    for (const c of checks) for (const s of c.report?.sheets ?? []) if (s.reportYear !== null) found.add(s.reportYear);
    return [...found].sort((a, b) => b - a);
  }, [checks, year]);
  const list = useMemo(() => statusList(loaded.profile, checks.map(statusInputOf), { year, today, assigned }), [loaded, checks, year, today, assigned]);

  return {
    profile: loaded.profile,
    year,
    years,
    setYear: setChosenYear,
    list,
    filter,
    setFilter,
    assign: (path: string, code: string) => setAssigned((a) => ({ ...a, [path]: code })),
    exportList: () => (list.ok ? services.exportWorkbook([statusSheet(list.value, services.now())], `tinh-hinh-nop-bao-cao-${year}.xlsx`) : Promise.resolve()),
  };
}

/** The state the province desk's components read. */
export type ProvinceDeskState = ReturnType<typeof useProvinceDesk>;
