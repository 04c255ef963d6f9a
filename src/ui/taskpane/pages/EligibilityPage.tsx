import { Button, Field, Input, Text } from "@fluentui/react-components";
import { Code20Regular, TextBulletListSquareEdit20Regular } from "@fluentui/react-icons";
import { VerdictExplanation } from "../../shared";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import { CriteriaPanel } from "./CriteriaPanel";
import { SheetPicker } from "./SheetPicker";
import { useEligibilityPage } from "./useEligibilityPage";

/** How many verdicts are explained in the pane; the sheet holds all of them. */
const SHOWN_VERDICTS = 20;

/** Xét danh hiệu: fill the verdict column of a subject sheet, insert XHHT functions, show the criteria set in use. */
export function EligibilityPage({ pane }: { pane: PaneModel }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const page = useEligibilityPage(pane);
  const verdicts = page.result?.verdicts ?? [];
  return (
    <div className={styles.page}>
      <div className={styles.section}>
        <SheetPicker picker={page.picker} busy={pane.busy} />
        <div className={styles.actions}>
          <Button appearance="primary" icon={<TextBulletListSquareEdit20Regular />} onClick={() => void page.fill()} disabled={pane.busy || !page.picker.sheet}>
            {s.fillVerdicts}
          </Button>
        </div>
        <div className={styles.actions}>
          <Field label={s.rowsToUse}>
            <Input value={page.rows} onChange={(_, d) => page.setRows(d.value)} />
          </Field>
          <Button icon={<Code20Regular />} onClick={() => void page.insert()} disabled={pane.busy || !page.picker.sheet}>
            {s.insertFunctions}
          </Button>
        </div>
      </div>
      {verdicts.length > 0 && (
        <section className={styles.section} aria-label={s.verdictsHeading(verdicts.length)}>
          <Text as="h2" weight="semibold">
            {s.verdictsHeading(verdicts.length)}
          </Text>
          {verdicts.slice(0, SHOWN_VERDICTS).map((v) => (
            <VerdictExplanation key={v.row} verdict={v.verdict} subject={`${v.row}. ${v.subject}`} />
          ))}
        </section>
      )}
      <CriteriaPanel pane={pane} page={page} />
    </div>
  );
}
