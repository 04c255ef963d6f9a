// The task pane's services over the Office adapter: the composition root that joins port, app workflows and core.
import { applyFixes, listUndo, undoLast } from "../../app/apply-fixes";
import { checkActiveSheet, checkAllSheets, clearMarks, goToCell } from "../../app/check-sheets";
import { draftForSheet, exportTemplateFile, importTemplateFile, loadColumnMaps, saveColumnMap } from "../../app/column-maps";
import { createTemplateSheet, drawCharts } from "../../app/draw-charts";
import { fillColumn, firstEmptyPair } from "../../app/fill-column";
import { attempt } from "../../app/office-result";
import { recordedWrite } from "../../app/recorded-write";
import { writeCheckReport } from "../../app/write-check-report";
import { importProfile, loadStoredProfile, profileInfo, removeProfile } from "../../app/province-profile";
import { drawWorkbookTrendCharts } from "../../app/trend-workbook";
import { laoCaiProfile } from "../../core/province";
import type { ColumnMap } from "../../core/templates/column-map";
import { createOfficeWorkbook } from "../../adapters/office/office-workbook";
import type { ExcelRun } from "../../adapters/office/office-run";
import { summaryCharts } from "../../core/charts/summary-charts";
import {
  BUILTIN_SETS,
  CRITERIA_SHEET_NAME,
  criteriaSetsFromGrid,
  criteriaSetsToGrid,
  verdictReason,
  verdictResult,
  type CriteriaSet,
  type Verdict,
} from "../../core/criteria";
import { a1, columnLetter } from "../../core/grid/a1";
import type { CellValue, Grid } from "../../core/grid/grid";
import { OfficePortError } from "../../core/ports/office-errors";
import { ok } from "../../core/result";
import { blankTemplateSheet } from "../../core/templates/blank-sheet";
import { builtinTemplate } from "../../core/templates/builtin";
import type { ValidationContext } from "../../core/validation/context";
import { workbookReport, type SheetReport } from "../../core/validation/report";
import { readSummaryData } from "../../core/validation/summary-data";
import { validateSheet } from "../../core/validation/validate";
import { setCriteriaOverrides } from "../functions/overrides";
import { criteriaPublisher } from "./criteria-in-force";
import { withReadNotes } from "./read-notes";
import { FUNCTIONS_HEADER, functionFormula } from "../../ui/taskpane/function-formulas";
import { DEFAULT_SETTINGS, SETTINGS_STATE_KEY, parseSettings, type TaskpaneSettings } from "../../ui/taskpane/settings.schema";
import type { CheckResult, TaskpaneServices } from "../../ui/taskpane/services";

/** What the services are built from: Excel.run (or the Excel fake's run), the requirement check, and a clock. */
export interface ExcelHost {
  readonly run: ExcelRun;
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly clock?: () => Date;
}

const pad = (n: number) => String(n).padStart(2, "0");
const SETTINGS_NOTICE = "Cài đặt lưu trong sổ tính không đọc được; đang dùng cài đặt mặc định.";

/** A verdict as the result cell shows it, with "chưa xác nhận" when a provisional value decided it. */
export function verdictText(v: Verdict): string {
  return verdictResult(v);
}

/** The grid's values laid out from A1, so row and column numbers of problems match the sheet. */
function fromA1(grid: Grid): CellValue[][] {
  const lead = new Array<CellValue>(grid.origin.col).fill(null);
  return [...Array.from({ length: grid.origin.row }, () => [] as CellValue[]), ...grid.values.map((r) => [...lead, ...r])];
}

/** Builds the pane's services over a workbook port made from `host`. */
export function createTaskpaneServices(host: ExcelHost): TaskpaneServices {
  const port = createOfficeWorkbook({ run: host.run, isSetSupported: host.isSetSupported });
  const clock = host.clock ?? (() => new Date());
  let sheetOverrides: readonly CriteriaSet[] = [];
  // The set the officer picked in Cài đặt ("auto": by the report date).
  let chosenId = "auto";
  // Confirmed values of the province profile kept in the workbook; the criteria sheet still wins over them.
  let profileSets: readonly CriteriaSet[] = [];
  // The column maps of the profile's template file, used after the maps saved in the workbook ("Ghép cột").
  let profileMaps: readonly ColumnMap[] = [];

  const now = () => {
    const d = clock();
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  /**
   * The sets in force, in the order selectSet ranks them: the set the officer picked in settings (with the profile's
   * confirmed values when the profile has that set) made to apply whatever the year — it beats the profile's other
   * sets of its title, which would otherwise win by their later start — then the profile's sets, then the criteria
   * sheet, which still wins over both.
   */
  const setsInForce = (): CriteriaSet[] => {
    const picked = chosenId === "auto" ? undefined : BUILTIN_SETS.find((x) => x.id === chosenId);
    const base = picked ? (profileSets.find((p) => p.id === picked.id) ?? picked) : undefined;
    const chosen: CriteriaSet[] = base ? [{ ...base, origin: "file", validFrom: null, validTo: null }] : [];
    return [...chosen, ...profileSets.filter((p) => !chosen.some((c) => c.title === p.title)), ...sheetOverrides];
  };
  const applySettings = (s: TaskpaneSettings) => {
    chosenId = s.criteriaSetId;
    setCriteriaOverrides(setsInForce());
  };
  const ctxOf = (s: TaskpaneSettings): ValidationContext => {
    applySettings(s);
    const d = clock();
    const sets = setsInForce();
    return {
      today: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() },
      ...(s.reportYear !== null ? { reportYear: s.reportYear } : {}),
      ...(s.scope !== null ? { scopeProvinceCode: s.scope } : {}),
      ...(sets.length ? { criteriaSets: sets } : {}),
    };
  };
  const publish = criteriaPublisher(host.run);
  const publishCriteria = () => publish(setsInForce());
  /** The context with the column maps saved in the workbook ("Ghép cột"), for every action that reads a table. */
  const ctxWithMaps = async (s: TaskpaneSettings): Promise<ValidationContext> => {
    // Maps the workbook cannot give (a damaged entry, a failed read) leave the action to the templates alone.
    const { maps: own } = await loadColumnMaps(port).catch(() => ({ maps: [] }));
    const maps = [...own, ...profileMaps];
    return { ...ctxOf(s), ...(maps.length > 0 ? { columnMaps: maps } : {}) };
  };
  const subjectSheet = async (sheet: string, s: TaskpaneSettings): Promise<{ grid: Grid; report: SheetReport }> => {
    const grid = await port.readSheet(sheet);
    return { grid, report: validateSheet(grid, await ctxWithMaps(s)) };
  };
  const readCriteria = async () => {
    if (!(await port.listSheets()).includes(CRITERIA_SHEET_NAME)) {
      sheetOverrides = [];
      return { found: false, overrides: [], problems: [], recalculated: await publishCriteria() };
    }
    const { sets, issues } = criteriaSetsFromGrid(fromA1(await port.readSheet(CRITERIA_SHEET_NAME)));
    sheetOverrides = sets;
    const recalculated = await publishCriteria();
    return { found: true, overrides: sets, problems: issues.map((i) => ({ cell: i.cell, message: i.message, severity: i.severity })), recalculated };
  };

  return {
    async check(scope, settings, onProgress) {
      const validate = (g: Grid, c: ValidationContext) => withReadNotes(g, validateSheet(g, c));
      const ctx = await ctxWithMaps(settings);
      const r = scope === "active" ? await checkActiveSheet(port, validate, ctx, onProgress) : await checkAllSheets(port, validate, ctx, onProgress);
      if (!r.ok) return r;
      const v = r.value;
      const report = "sheets" in v.report ? v.report : workbookReport([v.report]);
      const used = new Set(report.sheets.flatMap((s) => s.verdicts.map((x) => `${x.verdict.setId} ${x.verdict.setVersion}`)));
      const result: CheckResult = { report, fingerprints: v.fingerprints, checkedAt: now(), criteriaSets: [...used] };
      return ok(result);
    },
    goToCell: (sheet, address) => goToCell(port, sheet, address),
    clearMarks: () => clearMarks(port),
    applyFixes: (issues, label) => applyFixes(port, issues, { label, now: now() }),
    undoLast: () => undoLast(port),
    listUndo: () => listUndo(port),
    writeReport: (c) =>
      writeCheckReport(port, c.report, { now: c.checkedAt, fingerprints: c.fingerprints, ...(c.criteriaSets.length ? { criteriaSet: c.criteriaSets.join(", ") } : {}) }),
    listSheets: () => attempt(async () => ({ sheets: await port.listSheets(), active: await port.activeSheetName() })),
    fillEligibility: (sheet, settings) =>
      attempt(async () => {
        const { grid, report } = await subjectSheet(sheet, settings);
        const merges = grid.mergesUnread ? { mergesUnread: true } : {};
        const t = report.templateId ? builtinTemplate(report.templateId) : undefined;
        // A summary has no subjects, and a commune's indicator table has one verdict for the sheet, not one per row.
        if (!report.table || !t?.titleId || t.groups.length > 0 || t.rowKind === "indicator") return { templateId: report.templateId, resultColumn: null, written: 0, verdicts: report.verdicts, ...merges };
        const { firstDataRow, lastDataRow, headerBottom } = report.table;
        const byRow = new Map(report.verdicts.map((v) => [v.row, v.verdict]));
        const values = Array.from({ length: lastDataRow - firstDataRow + 1 }, (_, i) => {
          const v = byRow.get(firstDataRow + i);
          if (!v) return { result: null, reason: "" };
          return { result: verdictText(v), reason: verdictReason(v) };
        });
        const filled = await fillColumn(port, sheet, headerBottom, firstDataRow, lastDataRow, values, { now: now(), label: `Điền kết quả xét danh hiệu (${sheet})` });
        if (!filled.ok) throw new OfficePortError(filled.error);
        return { templateId: report.templateId, resultColumn: filled.value.resultColumn, written: filled.value.written, verdicts: report.verdicts, ...merges };
      }),
    insertFunctions: (sheet, rows, settings) =>
      attempt(async () => {
        const { grid, report } = await subjectSheet(sheet, settings);
        const merges = grid.mergesUnread ? { mergesUnread: true } : {};
        const table = report.table;
        if (!table || !report.templateId) return { column: "", written: 0, sample: "", ...merges };
        const subjects = new Set(report.verdicts.map((v) => v.row));
        const chosenRows = (rows.length ? rows : [...subjects]).filter((r) => r >= table.firstDataRow && r <= table.lastDataRow);
        const year = settings.reportYear ?? report.reportYear;
        const formulas = chosenRows.map((r) => ({ r, f: functionFormula(report.templateId as string, table, r, year) }));
        if (formulas.length === 0 || formulas.some((x) => x.f === null)) return { column: "", written: 0, sample: "", ...merges };
        const col = firstEmptyPair(grid, table.headerBottom - 1, table.headerBottom - 1, table.lastDataRow - 1);
        // One undoable batch, like every other write of the pane.
        await recordedWrite(
          port,
          [
            { sheet, address: a1(table.headerBottom - 1, col), value: FUNCTIONS_HEADER },
            ...formulas.map(({ r, f }) => ({ sheet, address: a1(r - 1, col), value: null, formula: f as string })),
          ],
          { label: `Chèn hàm XHHT (${sheet})`, now: now() },
        );
        return { column: columnLetter(col), written: formulas.length, sample: formulas[0].f as string, ...merges };
      }),
    drawCharts: (sheet, settings) =>
      attempt(async () => {
        const ctx = await ctxWithMaps(settings);
        const grid = await port.readSheet(sheet);
        const merges = grid.mergesUnread ? { mergesUnread: true } : {};
        const data = readSummaryData(grid, ctx);
        const specs = data ? summaryCharts(data, ctx.targets) : [];
        if (specs.length === 0) return { charts: [], warnings: [], ...merges };
        const r = await drawCharts(port, specs);
        if (!r.ok) throw new OfficePortError(r.error);
        return { charts: specs.map((s) => s.title), warnings: r.value.warnings, ...merges };
      }),
    drawTrendCharts: (settings) =>
      attempt(async () => {
        const { targets, provinceCode } = (await loadStoredProfile(port))?.profile ?? laoCaiProfile();
        const r = await drawWorkbookTrendCharts(port, await ctxWithMaps(settings), { targets, provinceCode });
        if (!r.ok) throw new OfficePortError(r.error);
        return r.value;
      }),
    createTemplate: (req) =>
      attempt(async () => {
        const t = builtinTemplate(req.templateId);
        if (!t) throw new Error(`unknown template ${req.templateId}`);
        const sets = setsInForce();
        const spec = blankTemplateSheet(t, { year: req.year, unitName: req.unitName, rows: req.rows, ...(req.sheetName ? { sheetName: req.sheetName } : {}), ...(sets.length ? { sets } : {}) });
        const r = await createTemplateSheet(port, spec);
        if (!r.ok) throw new OfficePortError(r.error);
        return { sheetName: spec.name, warnings: r.value.warnings };
      }),
    async loadSettings() {
      const stored = await attempt(() => loadStoredProfile(port));
      profileSets = stored.ok && stored.value ? stored.value.criteriaSets : [];
      profileMaps = stored.ok && stored.value ? stored.value.columnMaps : [];
      const r = await attempt(() => port.loadState(SETTINGS_STATE_KEY));
      if (!r.ok) return { settings: DEFAULT_SETTINGS, notice: r.error.message };
      if (r.value === null) return { settings: DEFAULT_SETTINGS };
      const s = parseSettings(r.value);
      const known = s && (s.criteriaSetId === "auto" || BUILTIN_SETS.some((x) => x.id === s.criteriaSetId));
      if (!s || !known) return { settings: DEFAULT_SETTINGS, notice: SETTINGS_NOTICE };
      applySettings(s);
      await publishCriteria();
      return { settings: s };
    },
    saveSettings: (s) =>
      attempt(async () => {
        applySettings(s);
        await port.saveState(SETTINGS_STATE_KEY, JSON.stringify(s));
        return { recalculated: await publishCriteria() };
      }),
    readCriteriaSheet: () => attempt(readCriteria),
    writeCriteriaSheet: () =>
      attempt(async () => {
        await readCriteria();
        const sets = BUILTIN_SETS.map((b) => sheetOverrides.find((o) => o.id === b.id) ?? profileSets.find((o) => o.id === b.id) ?? b);
        const { rows } = criteriaSetsToGrid(sets);
        await port.replaceSheet({ name: CRITERIA_SHEET_NAME, rows, merges: [], rowStyles: { 0: "header" }, numberFormats: [], validations: [], columnWidths: [18, 10, 16, 48, 8, 14, 40], freezeRows: 1 });
        return { rows: rows.length - 1 };
      }),
    columnMapDraft: (sheet) => draftForSheet(port, sheet),
    saveColumnMap: (map) => saveColumnMap(port, map),
    exportTemplateFile: () => exportTemplateFile(port),
    importTemplateFile: (text) => importTemplateFile(port, text),
    provinceProfile: () =>
      attempt(async () => {
        const p = await loadStoredProfile(port);
        return p ? profileInfo(p) : null;
      }),
    importProvinceProfile: (text) =>
      attempt(async () => {
        const r = await importProfile(port, text);
        if (!r.ok) return { ok: false as const, problems: r.error };
        profileSets = r.value.criteriaSets;
        profileMaps = r.value.columnMaps;
        await publishCriteria();
        return { ok: true as const, info: profileInfo(r.value) };
      }),
    removeProvinceProfile: () =>
      attempt(async () => {
        await removeProfile(port);
        profileSets = [];
        profileMaps = [];
        await publishCriteria();
      }),
    now,
  };
}
