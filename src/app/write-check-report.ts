import { z } from "zod";
import type { OfficeWarning } from "../core/ports/office-errors";
import { STATE_KEYS, type WorkbookPort } from "../core/ports/workbook-port";
import type { WorkbookReport } from "../core/validation/report";
import { checkReportSheet, type CheckReportMeta } from "./check-report-sheet";
import { attempt, type OfficeResult } from "./office-result";
import { storeReceipt } from "./receipt";

const logEntrySchema = z.object({
  at: z.string(),
  criteriaSet: z.string().nullable(),
  sheets: z.array(z.object({ sheet: z.string(), templateId: z.string().nullable(), rows: z.number(), fingerprint: z.string().nullable(), errors: z.number(), warnings: z.number() })),
});
const logSchema = z.object({ v: z.literal(1), entries: z.array(logEntrySchema) });

/** One check as the workbook's check log keeps it (nhật ký kiểm tra). */
export type CheckLogEntry = z.infer<typeof logEntrySchema>;

/** How many checks the log keeps. */
export const CHECK_LOG_DEPTH = 200;

/** The check log kept in the workbook, oldest first; an unreadable log counts as empty. */
export async function loadCheckLog(port: WorkbookPort): Promise<CheckLogEntry[]> {
  const text = await port.loadState(STATE_KEYS.checkLog);
  if (text === null) return [];
  try {
    const parsed = logSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

/**
 * Writes the "Kết quả kiểm tra" sheet (replacing the previous one), appends the check to the workbook's log, and
 * stores the check receipt so a file sent on can show whether its data changed since.
 */
export function writeCheckReport(port: WorkbookPort, report: WorkbookReport, meta: CheckReportMeta): Promise<OfficeResult<{ warnings: readonly OfficeWarning[] }>> {
  return attempt(async () => {
    const outcome = await port.replaceSheet(checkReportSheet(report, meta));
    const entry: CheckLogEntry = {
      at: meta.now,
      criteriaSet: meta.criteriaSet ?? null,
      sheets: report.sheets.map((s) => ({ sheet: s.sheet, templateId: s.templateId, rows: s.rowsRead, fingerprint: meta.fingerprints[s.sheet] ?? null, errors: s.counts.error, warnings: s.counts.warning })),
    };
    const log = [...(await loadCheckLog(port)), entry].slice(-CHECK_LOG_DEPTH);
    await port.saveState(STATE_KEYS.checkLog, JSON.stringify({ v: 1, entries: log }));
    await storeReceipt(port, report, meta.fingerprints, meta.now);
    return { warnings: outcome.warnings };
  });
}
