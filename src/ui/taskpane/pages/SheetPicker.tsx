import { Button, Field, Select } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "@fluentui/react-icons";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { useSheets } from "./useSheets";

/** Chooses one sheet of the workbook, with a button to read the list again. */
export function SheetPicker({ picker, busy }: { picker: ReturnType<typeof useSheets>; busy: boolean }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  return (
    <div className={styles.actions}>
      <Field label={s.sheetToUse}>
        <Select value={picker.sheet} onChange={(_, d) => picker.setSheet(d.value)}>
          {picker.sheets.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Button icon={<ArrowClockwise20Regular />} aria-label={s.refreshSheets} title={s.refreshSheets} onClick={() => void picker.refresh()} disabled={busy} />
    </div>
  );
}
