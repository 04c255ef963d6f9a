import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { showValue } from "../fix-preview";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { PendingFix } from "./useCheckPage";

/** The preview of a fix (cell, old value, new value); nothing is written until "apply" is pressed. */
export function FixPreview({ pending, busy, onApply, onCancel }: { pending: PendingFix; busy: boolean; onApply: () => void; onCancel: () => void }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const multiSheet = new Set(pending.rows.map((r) => r.sheet)).size > 1;
  return (
    <div className={styles.card} data-testid="fix-preview">
      <Text weight="semibold">{s.previewHeading(pending.rows.length)}</Text>
      <Table size="extra-small" aria-label={s.previewTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.cell}</TableHeaderCell>
            <TableHeaderCell>{s.oldValue}</TableHeaderCell>
            <TableHeaderCell>{s.newValue}</TableHeaderCell>
            <TableHeaderCell>{s.fixType}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pending.rows.map((r) => (
            <TableRow key={`${r.sheet}!${r.address}`}>
              <TableCell className={styles.address}>{multiSheet ? `${r.sheet}!${r.address}` : r.address}</TableCell>
              <TableCell>{showValue(r.oldValue)}</TableCell>
              <TableCell>{showValue(r.newValue)}</TableCell>
              <TableCell>{r.safe ? s.safeFix : s.suggestedFix}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply} disabled={busy}>
          {s.apply(pending.rows.length)}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
