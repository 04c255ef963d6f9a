import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the issue list. */
export const useIssueListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalL },
  rowInput: { width: "90px" },
  row: { cursor: "pointer" },
  address: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
  narrow: { width: "110px" },
  cell: { width: "70px" },
  compactTable: { tableLayout: "auto" },
  place: { width: "96px", verticalAlign: "top", display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3, display: "block" },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});
