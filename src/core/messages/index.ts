import type { Issue } from "../validation/issue";
import { issueMessageEn } from "./en";
import { issueMessageVi } from "./vi";

/** The languages of the product: Vietnamese first, English second. */
export type Lang = "vi" | "en";

/** The message of an issue in a language, without its location. */
export function issueMessage(issue: Issue, lang: Lang = "vi"): string {
  return lang === "en" ? issueMessageEn(issue) : issueMessageVi(issue);
}

/** The message with its place in front ("Ô C12: …" / "Cell C12: …"), as lists and exported reports show it. */
export function describeIssue(issue: Issue, lang: Lang = "vi"): string {
  const where = lang === "en" ? `Cell ${issue.where.address}` : `Ô ${issue.where.address}`;
  return `${where}: ${issueMessage(issue, lang)}`;
}

/** Vietnamese / English names of the severities. */
export function severityLabel(sev: Issue["severity"], lang: Lang = "vi"): string {
  if (lang === "en") return sev === "error" ? "Error" : sev === "warning" ? "Warning" : "Info";
  return sev === "error" ? "Lỗi" : sev === "warning" ? "Cảnh báo" : "Thông tin";
}

export { issueMessageEn, issueMessageVi };
export { checkStatusLabel, issueKindLabel } from "./kinds";
