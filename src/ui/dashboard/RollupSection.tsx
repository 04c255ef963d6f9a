import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2, Text } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { FileCheck } from "../../app/check-files";
import type { RollupResult } from "../../core/aggregation";
import { rollupNoteMessage } from "../../core/messages/rollup";
import { useLang, useStrings } from "../shared";
import { groupLabels, presentGroups } from "./dashboard-model";
import { useDashboardStyles } from "./Dashboard.styles";
import { LeftOutList } from "./LeftOutList";
import { RollupTable } from "./RollupTable";
import type { RollupLevel } from "./useDashboardState";

/** Props of the roll-up section. */
export interface RollupSectionProps {
  readonly result: RollupResult;
  readonly checks: readonly FileCheck[];
  readonly canByDistrict: boolean;
  readonly level: RollupLevel;
  readonly onLevel: (l: RollupLevel) => void;
  readonly onExport: () => void;
  readonly exporting: boolean;
}

/** The roll-up: the level switch (by commune / by former district), the table, the notes, and the export button. */
export function RollupSection({ result, checks, canByDistrict, level, onLevel, onExport, exporting }: RollupSectionProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useDashboardStyles();
  const groups = useMemo(() => presentGroups(result, groupLabels(checks)), [result, checks]);
  return (
    <section className={styles.section} aria-labelledby="rollup-heading">
      <div className={styles.sectionHead}>
        <Subtitle2 as="h2" id="rollup-heading">
          {s.rollupHeading}
        </Subtitle2>
        <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={exporting || result.lines.length === 0} onClick={onExport}>
          {exporting ? s.exporting : s.exportWorkbook}
        </Button>
      </div>
      {canByDistrict && (
        <RadioGroup layout="horizontal" aria-label={s.rollupGrouping} value={level} onChange={(_, d) => onLevel(d.value as RollupLevel)}>
          <Radio value="commune" label={s.byCommune} />
          <Radio value="district" label={s.byDistrict} />
        </RadioGroup>
      )}
      {result.lines.length === 0 ? <Text>{s.noRollup}</Text> : <RollupTable result={result} groups={groups} />}
      <LeftOutList checks={checks} />
      {result.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text weight="semibold">{s.notesHeading}</Text>
            <ul className={styles.notes} data-testid="rollup-notes">
              {result.notes.map((n, i) => (
                <li key={`${n.code}-${n.source}-${i}`}>{rollupNoteMessage(n, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
