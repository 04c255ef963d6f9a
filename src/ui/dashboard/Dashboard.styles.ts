import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the dashboard page and its sections. */
export const useDashboardStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalXL, maxWidth: "1400px", margin: "0 auto" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionHead: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  scroll: { overflowX: "auto" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // Fluent's table lays columns out evenly; the roll-up needs room for unit names and narrow number columns.
  autoTable: { tableLayout: "auto" },
  unitName: { whiteSpace: "nowrap", minWidth: "140px" },
  totalRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  groupHead: { textAlign: "center", borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  groupStart: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  reason: { color: tokens.colorNeutralForeground3, display: "block" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  charts: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(480px, 1fr))", gap: tokens.spacingHorizontalL },
  srOnly: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0, 0, 0, 0)", whiteSpace: "nowrap", border: 0 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
