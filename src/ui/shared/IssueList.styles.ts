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
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});
