export { LanguageContext, LanguageProvider, useLang, useStrings } from "./i18n/language";
export type { Strings } from "./i18n/strings.vi";
export { formatNumber, decimalsOf } from "./format-number";
export { IssueList, type IssueListProps } from "./IssueList";
export { IssueSummary } from "./IssueSummary";
export { SeverityBadge } from "./SeverityBadge";
export { SvgChart } from "./SvgChart";
export { VerdictExplanation } from "./VerdictExplanation";
export { saveFile } from "./save-file";
