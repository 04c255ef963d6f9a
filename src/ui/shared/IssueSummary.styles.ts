import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the issue summary. */
export const useIssueSummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  severities: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  kinds: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
