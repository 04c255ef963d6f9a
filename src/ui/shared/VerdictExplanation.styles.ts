import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the verdict explanation. */
export const useVerdictStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  met: { color: tokens.colorPaletteGreenForeground1 },
  notMet: { color: tokens.colorPaletteRedForeground1 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
});
