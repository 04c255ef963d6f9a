import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the SVG chart. */
export const useSvgChartStyles = makeStyles({
  figure: { margin: 0, maxWidth: "760px" },
  svg: { width: "100%", height: "auto", fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 },
  title: { fontSize: "15px", fontWeight: 600 },
  axisTitle: { fontSize: "12px", fill: tokens.colorNeutralForeground2 },
  tick: { fontSize: "11px", fill: tokens.colorNeutralForeground2 },
  label: { fontSize: "11px" },
  value: { fontSize: "10px" },
});
