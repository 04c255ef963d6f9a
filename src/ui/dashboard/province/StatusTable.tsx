import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { placementNote, receiptLabel, statusLabel, type StatusFile, type UnitLine } from "../../../core/status";
import { useLang } from "../../shared";
import { useDashboardStyles } from "../Dashboard.styles";
import { useProvinceStrings } from "./strings";

const baseName = (p: string) => p.replace(/^.*[\\/]/, "");

/** One file's lines inside a cell: name, receipt, and how it was placed. */
export function FileLines({ file }: { file: StatusFile }) {
  const lang = useLang();
  const t = useProvinceStrings();
  const styles = useDashboardStyles();
  const note = placementNote(file.placement, lang);
  const via = file.source === "title" ? t.byTitle : file.source === "file-name" ? t.byFileName : file.source === "assigned" ? t.byOfficer : null;
  return (
    <span data-status-file={baseName(file.path)}>
      <Text weight="semibold">{baseName(file.path)}</Text>
      {via && <span className={styles.reason}>{`${t.unit}: ${via}`}</span>}
      <span className={styles.reason} data-field="receipt">
        {receiptLabel(file.receipt, lang)}
      </span>
      {note && (
        <span className={styles.reason} data-field="note">
          {note}
        </span>
      )}
      {file.problem && <span className={styles.reason}>{file.problem}</span>}
    </span>
  );
}

/** The roster units with their status and files. */
export function StatusTable({ units }: { units: readonly UnitLine[] }) {
  const lang = useLang();
  const t = useProvinceStrings();
  const styles = useDashboardStyles();
  return (
    <Table size="small" className={styles.autoTable} aria-label={t.heading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.code}</TableHeaderCell>
          <TableHeaderCell>{t.unit}</TableHeaderCell>
          <TableHeaderCell>{t.status}</TableHeaderCell>
          <TableHeaderCell>{t.files}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {units.map((u) => (
          <TableRow key={u.unit.code} data-unit={u.unit.code} data-status={u.status}>
            <TableCell>{u.unit.code}</TableCell>
            <TableCell className={styles.unitName}>{u.unit.name}</TableCell>
            <TableCell>{statusLabel(u.status, lang)}</TableCell>
            <TableCell>
              {u.files.map((f) => (
                <FileLines key={f.path} file={f} />
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
