import type { CalendarDate } from "../aggregation/period";
import { nextDeadline, rosterForYear, type DatedDeadline } from "../province/roster";
import type { ProvinceProfile, RosterUnit } from "../province/profile.schema";
import { fail, ok, type Result } from "../result";
import { indexRoster, placeByWords, placeUnit, rosterProvinces, type Placement } from "./place-unit";
import type { UnitSource } from "./reporting-unit";
import type { ReceiptCheck } from "./receipt";
import { fileStatus, unitStatusOf, UNIT_STATUSES, type StatusFile, type UnitStatus } from "./unit-status";
import type { WorkbookReport } from "../validation/report";

/** What the status list needs of one file, gathered by the app (tệp vào). */
export interface StatusInput {
  readonly path: string;
  readonly report?: WorkbookReport;
  readonly problem?: string;
  /** The unit named in the title lines, when any. */
  readonly titleUnit: string | null;
  /** Words of the file name that may name the unit, when any. */
  readonly fileNameWords: string | null;
  readonly receipt: ReceiptCheck;
}

/** One roster unit and its files. */
export interface UnitLine {
  readonly unit: RosterUnit;
  readonly status: UnitStatus;
  readonly files: readonly StatusFile[];
}

/** The season's list (ai đã nộp): every roster unit, files listed apart, counts and the next deadline. */
export interface StatusList {
  readonly year: number;
  readonly province: { readonly id: string; readonly name: string };
  readonly units: readonly UnitLine[];
  /** Files of units not on the roster, of split former units, or whose unit could not be read. */
  readonly apart: readonly StatusFile[];
  readonly summary: Readonly<Record<UnitStatus, number>> & { readonly expected: number };
  readonly nextDeadline: DatedDeadline | null;
}

/** Options of the status list: the year, today (for the deadline) and the officer's own assignments path → code. */
export interface StatusOptions {
  readonly year: number;
  readonly today: CalendarDate;
  readonly assigned?: Readonly<Record<string, string>>;
}

const yearOf = (r: WorkbookReport | undefined): number | null => r?.sheets.find((s) => s.reportYear !== null)?.reportYear ?? null;

/**
 * Builds the status list of a year from files: each file is placed on the roster by the officer's assignment, its
 * title lines, or its file name (in that order); a unit's status is its worst file's, "missing" without a file.
 * Fails with a Vietnamese message when the profile has no roster for the year.
 */
export function statusList(profile: ProvinceProfile, inputs: readonly StatusInput[], opts: StatusOptions): Result<StatusList, string> {
  const roster = rosterForYear(profile, opts.year);
  if (roster === null) return fail(`Hồ sơ tỉnh "${profile.name}" không có danh sách đơn vị cho năm ${opts.year}.`);
  const idx = indexRoster(roster);
  const provinces = rosterProvinces(idx, opts.year, profile.provinceCode);
  const byUnit = new Map<string, StatusFile[]>(roster.units.map((u) => [u.code, []]));
  const apart: StatusFile[] = [];
  for (const f of inputs) {
    let placement: Placement | null = null;
    let source: UnitSource | undefined;
    let unitText: string | undefined;
    const own = opts.assigned?.[f.path];
    const assignedUnit = own === undefined ? undefined : idx.byCode.get(own);
    if (assignedUnit) [placement, source, unitText] = [{ kind: "roster", unit: assignedUnit }, "assigned", assignedUnit.name];
    if (placement === null && f.titleUnit !== null) {
      placement = placeUnit(f.titleUnit, idx, opts.year, provinces);
      [source, unitText] = ["title", f.titleUnit];
    }
    if (placement === null && f.fileNameWords !== null) {
      placement = placeByWords(f.fileNameWords, idx, opts.year, provinces);
      if (placement !== null || source === undefined) [source, unitText] = ["file-name", f.fileNameWords];
    }
    const year = yearOf(f.report);
    if (year !== null && year !== opts.year && source !== "assigned") placement = { kind: "other-year", year, listYear: opts.year };
    const file: StatusFile = {
      path: f.path,
      status: fileStatus(f.report),
      errors: f.report?.counts.error ?? 0,
      warnings: f.report?.counts.warning ?? 0,
      ...(f.problem === undefined ? {} : { problem: f.problem }),
      year,
      placement: placement ?? { kind: "unknown" },
      ...(source === undefined ? {} : { source }),
      ...(unitText === undefined ? {} : { unitText }),
      receipt: f.receipt,
    };
    if (file.placement.kind === "roster") byUnit.get(file.placement.unit.code)?.push(file);
    else apart.push(file);
  }
  const units = roster.units.map((unit): UnitLine => {
    const files = byUnit.get(unit.code) ?? [];
    return { unit, status: unitStatusOf(files.map((x) => x.status)), files };
  });
  const counts = Object.fromEntries(UNIT_STATUSES.map((s) => [s, units.filter((u) => u.status === s).length])) as Record<UnitStatus, number>;
  return ok({
    year: opts.year,
    province: { id: profile.id, name: profile.name },
    units,
    apart,
    summary: { expected: units.length, ...counts },
    nextDeadline: nextDeadline(profile, opts.year, opts.today),
  });
}
