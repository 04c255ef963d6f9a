import { fileStatus, type FileCheck } from "../../app/check-files";
import { checkStatusLabel, issueMessage, severityLabel, type Lang } from "../../core/messages";
import { receiptLabel } from "../../core/status/status-messages";
import { sheetStatus } from "../../core/validation/report";

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The human-readable report of one file: a summary line, its check receipt, then `sheet!cell  severity  message` lines. */
export function formatFileReport(c: FileCheck, lang: Lang): string {
  const en = lang === "en";
  if (!c.ok) return `✗ ${c.path}\n    ${c.error?.message ?? ""}`;
  const counts = c.report?.counts ?? { error: 0, warning: 0, info: 0 };
  const status = fileStatus(c);
  const tally = `${counts.error} ${en ? "errors" : "lỗi"}, ${counts.warning} ${en ? "warnings" : "cảnh báo"}, ${counts.info} ${en ? "notes" : "thông tin"}`;
  const head =
    status === "checked" ? `${counts.error > 0 ? "✗" : "✓"} ${c.path} — ${tally}` : `? ${c.path} — ${checkStatusLabel(status === "unreadable" ? "unchecked" : status, lang)}`;
  const lines: string[] = [head];
  if (c.receipt) lines.push(`    ${receiptLabel(c.receipt, lang)}`);
  for (const p of c.mapProblems ?? []) lines.push(`    ${p}`);
  for (const s of c.report?.sheets ?? []) {
    const models = s.models && s.models.lacking.length > 0 && s.models.held.length > 0 ? `; ${en ? "holds" : "có"} ${s.models.held.map((m) => m.label).join(", ")}` : "";
    const tpl = s.templateId ? `${s.templateId}, ${s.rowsRead} ${en ? "rows" : "hàng"}${models}` : checkStatusLabel(sheetStatus(s), lang);
    lines.push(`  [${s.sheet}] ${tpl}`);
    const sorted = [...s.issues].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || a.where.row - b.where.row);
    for (const i of sorted) {
      lines.push(`    ${s.sheet}!${i.where.address}  ${severityLabel(i.severity, lang)}  ${issueMessage(i, lang)}`);
    }
  }
  return lines.join("\n");
}

/** The closing summary over all files: files not checked are counted apart from checked ones. */
export function formatSummary(checks: readonly FileCheck[], lang: Lang): string {
  const unreadable = checks.filter((c) => !c.ok).length;
  const unchecked = checks.filter((c) => fileStatus(c) === "unchecked").length;
  const empty = checks.filter((c) => fileStatus(c) === "empty").length;
  const errors = checks.reduce((a, c) => a + (c.report?.counts.error ?? 0), 0);
  const warnings = checks.reduce((a, c) => a + (c.report?.counts.warning ?? 0), 0);
  const emptyText = empty === 0 ? "" : lang === "en" ? `, ${empty} empty (nothing to check)` : `, ${empty} tệp trống (không có gì để kiểm tra)`;
  return lang === "en"
    ? `${checks.length} files: ${errors} errors, ${warnings} warnings, ${unchecked} not checked (no template recognised)${emptyText}, ${unreadable} unreadable.`
    : `${checks.length} tệp: ${errors} lỗi, ${warnings} cảnh báo, ${unchecked} tệp chưa kiểm tra được (không nhận ra biểu mẫu)${emptyText}, ${unreadable} tệp không đọc được.`;
}

/** The exit code of `xhht check`: 2 when a file could not be read, 1 for errors or a file not checked (none of its sheets followed a template, or it is empty), else 0. */
export function exitCode(checks: readonly FileCheck[]): number {
  if (checks.some((c) => !c.ok)) return 2;
  if (checks.some((c) => fileStatus(c) !== "checked")) return 1;
  return checks.some((c) => (c.report?.counts.error ?? 0) > 0) ? 1 : 0;
}
