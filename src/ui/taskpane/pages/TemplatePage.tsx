import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { DocumentAdd20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { sheetNameProblem, type SheetNameProblem } from "../../../core/grid/sheet-name";
import { BUILTIN_TEMPLATES } from "../../../core/templates/builtin";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices } from "../services";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";

/** Tạo biểu mẫu: pick a built-in template, year and unit, and insert a ready-to-fill sheet. */
export function TemplatePage({ pane }: { pane: PaneModel }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const services = useTaskpaneServices();
  const [templateId, setTemplateId] = useState(BUILTIN_TEMPLATES[0].id);
  const [year, setYear] = useState(String(pane.settings.reportYear ?? services.now().slice(0, 4)));
  const [unitName, setUnitName] = useState("");
  const [rows, setRows] = useState("20");
  const [sheetName, setSheetName] = useState("");
  const [tried, setTried] = useState(false);
  const [nameProblem, setNameProblem] = useState<SheetNameProblem | null>(null);
  const yearOk = /^\d{4}$/.test(year.trim()) && Number(year) >= 2000 && Number(year) <= 2100;
  const unitOk = unitName.trim() !== "";
  // A commune's self-assessment table has a row per criterion and indicator of the set, not a number of blank rows.
  const byIndicator = BUILTIN_TEMPLATES.find((t) => t.id === templateId)?.rowKind === "indicator";
  const rowCount = Math.min(2000, Math.max(1, Number.parseInt(rows, 10) || 20));
  const create = async () => {
    setTried(true);
    // A typed name is checked against Excel's rules and the workbook's sheets before Excel can refuse it.
    const typed = sheetName.trim();
    const listed = typed ? await services.listSheets() : null;
    const problem = typed ? sheetNameProblem(typed, listed?.ok ? listed.value.sheets : []) : null;
    setNameProblem(problem);
    if (!yearOk || !unitOk || problem) return;
    void pane.run(
      s.creating,
      () => services.createTemplate({ templateId, year: Number(year), unitName: unitName.trim(), rows: rowCount, ...(sheetName.trim() ? { sheetName: sheetName.trim() } : {}) }),
      (v) => ({ intent: v.warnings.length ? "warning" : "success", text: s.created(v.sheetName), details: v.warnings.map((w) => w.message) }),
    );
  };
  return (
    <div className={styles.page}>
      <Field label={s.template}>
        <Select value={templateId} onChange={(_, d) => setTemplateId(d.value)}>
          {BUILTIN_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.year} validationMessage={tried && !yearOk ? s.yearInvalid : undefined}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={s.unitName} required validationMessage={tried && !unitOk ? s.unitRequired : undefined}>
        <Input value={unitName} onChange={(_, d) => setUnitName(d.value)} />
      </Field>
      {byIndicator ? (
        <Text size={200}>{s.rowsFromCriteria}</Text>
      ) : (
        <Field label={s.rowCount}>
          <Input value={rows} inputMode="numeric" onChange={(_, d) => setRows(d.value)} />
        </Field>
      )}
      <Field label={s.sheetName} validationMessage={nameProblem ? s.sheetNameProblem(nameProblem) : undefined}>
        <Input value={sheetName} onChange={(_, d) => setSheetName(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentAdd20Regular />} onClick={() => void create()} disabled={pane.busy}>
          {s.createSheet}
        </Button>
      </div>
    </div>
  );
}
