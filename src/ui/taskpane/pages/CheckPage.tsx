import { Button, Field, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { ArrowUndo20Regular, Eraser20Regular, DocumentTable20Regular, TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import type { IssueCode } from "../../../core/validation/issue";
import { describeIssue } from "../../../core/messages";
import { IssueList, IssueSummary, useLang } from "../../shared";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import { ColumnMapPanel } from "./ColumnMapPanel";
import { FixPreview } from "./FixPreview";
import { useColumnMap } from "./useColumnMap";
import type { CheckPageModel } from "./useCheckPage";

/** Kiểm tra: check the sheet, read the counts and the issue list, jump to a cell, preview and apply fixes, undo. */
export function CheckPage({ pane, page }: { pane: PaneModel; page: CheckPageModel }) {
  const s = usePaneStrings();
  const lang = useLang();
  const styles = usePageStyles();
  const { busy } = pane;
  const map = useColumnMap(pane, page);
  return (
    <div className={styles.page}>
      <div className={styles.section}>
        <RadioGroup layout="horizontal" value={page.scope} onChange={(_, d) => page.setScope(d.value as "active" | "all")} aria-label={s.scope}>
          <Radio value="active" label={s.scopeActive} />
          <Radio value="all" label={s.scopeAll} />
        </RadioGroup>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<TaskListSquareLtr20Regular />} onClick={() => void page.check()} disabled={busy}>
            {s.check}
          </Button>
          <Button icon={<Eraser20Regular />} onClick={() => void page.clearMarks()} disabled={busy}>
            {s.clearMarks}
          </Button>
          <Button icon={<DocumentTable20Regular />} onClick={() => void page.writeReport()} disabled={busy || !page.result}>
            {s.writeReport}
          </Button>
        </div>
      </div>
      {!page.result ? (
        <Text className={styles.muted}>{s.notChecked}</Text>
      ) : (
        <>
          <Text size={200} className={styles.muted}>
            {s.checkedAt(page.result.checkedAt)}
          </Text>
          <IssueSummary counts={page.result.report.counts} />
          <section className={styles.section} aria-label={s.fixHeading}>
            <Text as="h2" weight="semibold">
              {s.fixHeading}
            </Text>
            {page.selected && (
              <div className={styles.card} data-testid="selected-issue">
                <Text weight="semibold">{s.selectedIssue}</Text>
                <Text>{describeIssue(page.selected, lang)}</Text>
                {page.selected.fix && (
                  <div className={styles.actions}>
                    <Button size="small" onClick={page.previewSelected} disabled={busy}>
                      {s.previewOne(page.selected.where.address)}
                    </Button>
                  </div>
                )}
              </div>
            )}
            {page.kinds.length > 0 && (
              <div className={styles.actions}>
                <Field label={s.fixKind}>
                  <Select value={page.kind} onChange={(_, d) => page.setKind(d.value as IssueCode | "")}>
                    <option value="">{s.chooseKind}</option>
                    {page.kinds.map((k) => (
                      <option key={k.code} value={k.code}>{`${k.code} (${k.count})`}</option>
                    ))}
                  </Select>
                </Field>
                <Button onClick={page.previewKind} disabled={busy || !page.kind}>
                  {s.previewKind}
                </Button>
              </div>
            )}
            {page.pending && <FixPreview pending={page.pending} busy={busy} onApply={() => void page.apply()} onCancel={page.cancel} />}
          </section>
          <section className={styles.section} aria-label={s.issuesHeading}>
            <Text as="h2" weight="semibold">
              {s.issuesHeading}
            </Text>
            <IssueList issues={page.issues} onSelect={page.select} label={s.issuesTable} pageSize={25} compact />
          </section>
        </>
      )}
      <ColumnMapPanel map={map} busy={busy} />
      <section className={styles.section} aria-label={s.undoHeading}>
        <Text as="h2" weight="semibold">
          {s.undoHeading}
        </Text>
        <div className={styles.actions}>
          <Button icon={<ArrowUndo20Regular />} onClick={() => void page.undoLast()} disabled={busy || page.undo.length === 0}>
            {s.undoLast}
          </Button>
        </div>
        {page.undo.length > 0 && (
          <ul className={styles.list} aria-label={s.undoList}>
            {page.undo.map((u) => (
              <li key={u.id}>
                <Text size={200}>{s.undoEntry(u.label, u.at, u.cells)}</Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
