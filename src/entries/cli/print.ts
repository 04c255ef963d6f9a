import type { FileCheck } from "../../app/check-files";
import { issueMessage, severityLabel, type Lang } from "../../core/messages";

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The human-readable report of one file: a summary line, then `sheet!cell  severity  message` lines. */
export function formatFileReport(c: FileCheck, lang: Lang): string {
  const en = lang === "en";
  if (!c.ok) return `✗ ${c.path}\n    ${c.error?.message ?? ""}`;
  const counts = c.report?.counts ?? { error: 0, warning: 0, info: 0 };
  const head = `${counts.error > 0 ? "✗" : "✓"} ${c.path} — ${counts.error} ${en ? "errors" : "lỗi"}, ${counts.warning} ${en ? "warnings" : "cảnh báo"}, ${counts.info} ${en ? "notes" : "thông tin"}`;
  const lines: string[] = [head];
  for (const s of c.report?.sheets ?? []) {
    const tpl = s.templateId ? `${s.templateId}, ${s.rowsRead} ${en ? "rows" : "hàng"}` : en ? "no template" : "không nhận ra biểu mẫu";
    lines.push(`  [${s.sheet}] ${tpl}`);
    const sorted = [...s.issues].sort((a, b) => SEV_ORDER[a.severity] - SEV_ORDER[b.severity] || a.where.row - b.where.row);
    for (const i of sorted) {
      lines.push(`    ${s.sheet}!${i.where.address}  ${severityLabel(i.severity, lang)}  ${issueMessage(i, lang)}`);
    }
  }
  return lines.join("\n");
}

/** The closing summary over all files. */
export function formatSummary(checks: readonly FileCheck[], lang: Lang): string {
  const unreadable = checks.filter((c) => !c.ok).length;
  const errors = checks.reduce((a, c) => a + (c.report?.counts.error ?? 0), 0);
  const warnings = checks.reduce((a, c) => a + (c.report?.counts.warning ?? 0), 0);
  return lang === "en"
    ? `${checks.length} files: ${errors} errors, ${warnings} warnings, ${unreadable} unreadable.`
    : `${checks.length} tệp: ${errors} lỗi, ${warnings} cảnh báo, ${unreadable} tệp không đọc được.`;
}
