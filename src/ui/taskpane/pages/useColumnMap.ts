import { useCallback, useMemo, useState } from "react";
import { columnMapOf, type ColumnMapDraft } from "../../../core/templates/column-map-draft";
import { BUILTIN_TEMPLATES } from "../../../core/templates/builtin";
import { sheetStatus } from "../../../core/validation/report";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices } from "../services";
import type { PaneModel } from "../usePane";
import { saveFile } from "../../shared/save-file";
import type { CheckPageModel } from "./useCheckPage";

/**
 * State of "Ghép cột": the sheets that need a map after a check, the draft of the chosen sheet with the officer's
 * choices, and the intents save-and-check, export and import of a template file.
 */
export function useColumnMap(pane: PaneModel, page: CheckPageModel) {
  const services = useTaskpaneServices();
  const s = usePaneStrings();
  const { run } = pane;
  const needing = useMemo(
    () =>
      (page.result?.report.sheets ?? [])
        .filter((r) => sheetStatus(r) === "unchecked" || (r.table && (r.table.unconfirmedColumns.length > 0 || r.table.unknownColumns.length > 0)))
        .map((r) => r.sheet),
    [page.result],
  );
  const [sheet, setSheet] = useState<string>("");
  const [draft, setDraft] = useState<(ColumnMapDraft & { sheet: string }) | null>(null);
  const [templateId, setTemplateId] = useState<string>("tong-hop-mo-hinh");
  const [choices, setChoices] = useState<Record<number, string>>({});
  const [importErrors, setImportErrors] = useState<readonly string[] | null>(null);
  const [needsName, setNeedsName] = useState(false);
  const chosenSheet = sheet && needing.includes(sheet) ? sheet : (needing[0] ?? "");
  const template = BUILTIN_TEMPLATES.find((t) => t.id === templateId) ?? BUILTIN_TEMPLATES[0];

  const open = useCallback(async () => {
    if (!chosenSheet) return;
    const d = await run(s.mapLoading, () => services.columnMapDraft(chosenSheet), (v) => ({ intent: "info", text: v.columns.length ? s.mapOffer : s.mapNoHeader }));
    if (!d) return;
    setDraft(d);
    setTemplateId(d.templateId ?? "tong-hop-mo-hinh");
    setChoices(Object.fromEntries(d.columns.map((c) => [c.col, c.fieldId ?? ""])));
    setNeedsName(false);
  }, [chosenSheet, run, s, services]);

  const save = useCallback(async () => {
    if (!draft) return;
    const columns = draft.columns.map((c) => ({ header: c.header, fieldId: choices[c.col] || null }));
    if (!columns.some((c) => c.fieldId === template.nameField)) {
      setNeedsName(true);
      return;
    }
    setNeedsName(false);
    const saved = await run(s.mapSaving, () => services.saveColumnMap(columnMapOf(template.id, columns, draft.sheet)), (n) => ({ intent: "success", text: s.mapSaved(n) }));
    if (saved === null) return;
    setDraft(null);
    await page.check();
  }, [draft, choices, template, run, s, services, page]);

  const exportFile = useCallback(async () => {
    await run(s.working, () => services.exportTemplateFile(), (v) => {
      if (v.count === 0) return { intent: "info", text: s.mapNothingToExport };
      saveFile(v.json, "application/json", "bieu-mau-xhht.json");
      return { intent: "success", text: s.mapExported(v.count) };
    });
  }, [run, s, services]);

  const importFile = useCallback(
    async (file: File) => {
      const text = await file.text();
      const r = await run(s.working, () => services.importTemplateFile(text), (v) => (v.ok ? { intent: "success", text: s.mapImported(v.value) } : { intent: "error", text: s.mapImportFailed }));
      if (!r) return;
      setImportErrors(r.ok ? null : r.error);
      if (r.ok && page.result) await page.check();
    },
    [run, s, services, page],
  );

  return {
    needing,
    sheet: chosenSheet,
    setSheet,
    draft,
    template,
    // Another template: the choices that are not its fields are cleared (never a field the template does not have).
    setTemplateId: (id: string) => {
      const t = BUILTIN_TEMPLATES.find((x) => x.id === id);
      if (!t) return;
      setTemplateId(id);
      setChoices((c) => Object.fromEntries(Object.entries(c).map(([col, f]) => [col, t.fields.some((x) => x.id === f) ? f : ""])));
    },
    choices,
    choose: (col: number, fieldId: string) => setChoices((c) => ({ ...c, [col]: fieldId })),
    needsName,
    importErrors,
    open,
    save,
    cancel: () => setDraft(null),
    exportFile,
    importFile,
  };
}

/** The column map's state, as its panel sees it. */
export type ColumnMapModel = ReturnType<typeof useColumnMap>;
