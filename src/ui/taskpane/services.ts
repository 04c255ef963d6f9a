import { createContext, useContext } from "react";
import type { AppliedFixes, UndoOutcome, UndoSummary } from "../../app/apply-fixes";
import type { CriteriaSet } from "../../core/criteria";
import type { OfficeFailure, OfficeWarning } from "../../core/ports/office-errors";
import type { ReadProgress } from "../../core/ports/workbook-port";
import type { Result } from "../../core/result";
import type { ColumnMap } from "../../core/templates/column-map";
import type { ColumnMapDraft } from "../../core/templates/column-map-draft";
import type { Issue } from "../../core/validation/issue";
import type { RowVerdict, WorkbookReport } from "../../core/validation/report";
import type { ProfileInfo } from "../../app/province-profile";
import type { TrendChartsDrawn } from "../../app/trend-workbook";
import type { TaskpaneSettings } from "./settings.schema";

/** What every pane action returns: a value, or an Office failure whose Vietnamese message the pane shows. */
export type ActionResult<T> = Result<T, OfficeFailure>;

/** A finished check (kết quả kiểm tra): the report, a fingerprint per checked sheet, and when it ran. */
export interface CheckResult {
  readonly report: WorkbookReport;
  readonly fingerprints: Readonly<Record<string, string>>;
  readonly checkedAt: string;
  /** Criteria sets that decided rows ("cong-dan-324 2019"), or empty. */
  readonly criteriaSets: readonly string[];
}

/** What filling the verdict column did: where it went, the verdicts per row, and the template that was found. */
export interface EligibilityResult {
  readonly templateId: string | null;
  readonly resultColumn: string | null;
  readonly written: number;
  readonly verdicts: readonly RowVerdict[];
  /** True when Excel could not list the sheet's merged areas (over 512): the sheet was read without them. */
  readonly mergesUnread?: boolean;
}

/** What inserting custom functions did: the column and the formulas written. */
export interface FunctionsResult {
  readonly column: string;
  readonly written: number;
  /** One sample formula, to show the officer ("=XHHT.CONGDAN(G6:P6)"). */
  readonly sample: string;
  /** True when Excel could not list the sheet's merged areas (over 512): the sheet was read without them. */
  readonly mergesUnread?: boolean;
}

/** The workbook's criteria sheet as read back: the sets it overrides and any problems with their cells. */
export interface CriteriaSheetRead {
  readonly found: boolean;
  readonly overrides: readonly CriteriaSet[];
  readonly problems: readonly { readonly cell: string; readonly message: string; readonly severity: "error" | "warning" }[];
  /** True when the criteria in force changed and the workbook was recalculated so the XHHT functions follow. */
  readonly recalculated?: boolean;
}

/** What saving the settings did besides storing them: whether the XHHT functions were recalculated. */
export interface SavedSettings {
  readonly recalculated: boolean;
}

/** Settings as loaded, with a message when the stored ones were unreadable and defaults are used. */
export interface LoadedSettings {
  readonly settings: TaskpaneSettings;
  readonly notice?: string;
}

/** What a blank template sheet is made from (Tạo biểu mẫu). */
export interface TemplateRequest {
  readonly templateId: string;
  readonly year: number;
  readonly unitName: string;
  readonly rows: number;
  readonly sheetName?: string;
}

/**
 * Everything the task pane does to the workbook, wired by the entry over the Office adapter (Microsoft's
 * TaskPane-React pattern: the UI never imports an adapter). Each action resolves to a result, never rejects.
 */
export interface TaskpaneServices {
  /** Checks the active sheet or every sheet, and replaces the old marks with new ones. */
  check(scope: "active" | "all", settings: TaskpaneSettings, onProgress?: (p: ReadProgress) => void): Promise<ActionResult<CheckResult>>;
  /** Selects an issue's cell in Excel. */
  goToCell(sheet: string, address: string): Promise<ActionResult<void>>;
  /** Restores every marked cell's own fill; resolves to the number of cells restored. */
  clearMarks(): Promise<ActionResult<number>>;
  /** Writes the fixes of the accepted issues as one undoable batch. */
  applyFixes(issues: readonly Issue[], label: string): Promise<ActionResult<AppliedFixes>>;
  /** Undoes the newest batch the add-in wrote. */
  undoLast(): Promise<ActionResult<UndoOutcome>>;
  /** The undo journal kept in the workbook, newest first. */
  listUndo(): Promise<ActionResult<UndoSummary[]>>;
  /** Writes the "Kết quả kiểm tra" sheet and appends the check to the workbook's log. */
  writeReport(check: CheckResult): Promise<ActionResult<{ warnings: readonly OfficeWarning[] }>>;
  /** The workbook's sheet names, in order, and the active one. */
  listSheets(): Promise<ActionResult<{ sheets: string[]; active: string }>>;
  /** Decides every row of a subject sheet and writes the results into new columns (undoable). */
  fillEligibility(sheet: string, settings: TaskpaneSettings): Promise<ActionResult<EligibilityResult>>;
  /** Writes =XHHT.… formulas for the given 1-based rows (all data rows when empty) into a new column. */
  insertFunctions(sheet: string, rows: readonly number[], settings: TaskpaneSettings): Promise<ActionResult<FunctionsResult>>;
  /** Draws the add-in's native charts of a tong-hop-mo-hinh sheet on "Biểu đồ"; only its own charts are replaced. */
  drawCharts(sheet: string, settings: TaskpaneSettings): Promise<ActionResult<{ charts: string[]; warnings: readonly OfficeWarning[]; mergesUnread?: boolean }>>;
  /** Draws one chart per model on "Biểu đồ theo năm" when the workbook's summary sheets span two years or more. */
  drawTrendCharts(settings: TaskpaneSettings): Promise<ActionResult<TrendChartsDrawn>>;
  /** Adds a ready-to-fill sheet for a built-in template; refuses when the name is taken. */
  createTemplate(req: TemplateRequest): Promise<ActionResult<{ sheetName: string; warnings: readonly OfficeWarning[] }>>;
  /** Settings stored in the workbook, validated; defaults with a notice when unreadable. */
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: TaskpaneSettings): Promise<ActionResult<SavedSettings | void>>;
  /** Reads "Tiêu chí XHHT" back; its changed values then override the built-ins for checks, fills and functions. */
  readCriteriaSheet(): Promise<ActionResult<CriteriaSheetRead>>;
  /** Creates or replaces "Tiêu chí XHHT" with the criteria values in use. */
  writeCriteriaSheet(): Promise<ActionResult<{ rows: number }>>;
  /** The "Ghép cột" draft of a sheet: each header column with the best guess, using the maps saved in the workbook. */
  columnMapDraft(sheet: string): Promise<ActionResult<ColumnMapDraft & { readonly sheet: string }>>;
  /** Saves a confirmed column map in the workbook (replacing the map of the same form); resolves to how many are kept. */
  saveColumnMap(map: ColumnMap): Promise<ActionResult<number>>;
  /** The workbook's column maps as a template file (JSON text) for other communes. */
  exportTemplateFile(): Promise<ActionResult<{ readonly json: string; readonly count: number }>>;
  /** Adds a province's template file to the workbook's maps; a bad file changes nothing and lists its problems. */
  importTemplateFile(text: string): Promise<ActionResult<Result<number, readonly string[]>>>;
  /** The province profile kept in the workbook (Cài đặt → Nạp hồ sơ tỉnh), or null when the built-in one applies. */
  provinceProfile(): Promise<ActionResult<ProfileInfo | null>>;
  /** Validates a profile file and keeps it in the workbook; its confirmed values then apply to checks, fills and functions. */
  importProvinceProfile(text: string): Promise<ActionResult<{ readonly ok: true; readonly info: ProfileInfo } | { readonly ok: false; readonly problems: readonly string[] }>>;
  /** Forgets the workbook's profile (the built-in one applies again). */
  removeProvinceProfile(): Promise<ActionResult<void>>;
  /** Local time as "yyyy-mm-dd hh:mm". */
  now(): string;
}

/** The services context; the entry provides the real ones, tests provide fakes. */
export const TaskpaneServicesContext = createContext<TaskpaneServices | null>(null);

/** The pane's services; a missing provider is a wiring bug, so it throws. */
export function useTaskpaneServices(): TaskpaneServices {
  const s = useContext(TaskpaneServicesContext);
  if (!s) throw new Error("TaskpaneServicesContext is not provided by the entry");
  return s;
}
