import { Button, Text } from "@fluentui/react-components";
import { DataBarVertical20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices } from "../services";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import { SheetPicker } from "./SheetPicker";
import { useSheets } from "./useSheets";

const SUMMARY_SHEET = (n: string) => /tổng hợp|biểu 0?1/i.test(n);

/** Biểu đồ: native Excel charts of a summary sheet on "Biểu đồ"; drawing again replaces only the add-in's charts. */
export function ChartsPage({ pane }: { pane: PaneModel }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const services = useTaskpaneServices();
  const picker = useSheets(pane, SUMMARY_SHEET);
  const [drawn, setDrawn] = useState<readonly string[]>([]);
  const draw = async () => {
    const done = await pane.run(s.drawing, () => services.drawCharts(picker.sheet, pane.settings), (v) => {
      const merges = v.mergesUnread ? [s.mergesUnread] : [];
      return v.charts.length === 0
        ? { intent: "warning", text: s.notSummarySheet, details: merges }
        : { intent: v.warnings.length || merges.length ? "warning" : "success", text: s.drawn(v.charts.length), details: [...merges, ...v.warnings.map((w) => w.message)] };
    });
    if (done) setDrawn(done.charts);
  };
  return (
    <div className={styles.page}>
      <Text className={styles.muted}>{s.chartsHint}</Text>
      <SheetPicker picker={picker} busy={pane.busy} />
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DataBarVertical20Regular />} onClick={() => void draw()} disabled={pane.busy || !picker.sheet}>
          {s.drawCharts}
        </Button>
      </div>
      {drawn.length > 0 && (
        <section className={styles.section} aria-label={s.chartsDrawn}>
          <Text as="h2" weight="semibold">
            {s.chartsDrawn}
          </Text>
          <ul className={styles.list}>
            {drawn.map((t) => (
              <li key={t}>
                <Text>{t}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
