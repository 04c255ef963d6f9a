import { z } from "zod";
import { describeVerdictFailures } from "../core/criteria";
import { issueMessage, type Lang } from "../core/messages";
import { sheetStatus } from "../core/validation/report";
import { fileStatus, type FileCheck } from "./check-files";

const outcome = z.enum(["met", "not-met", "insufficient-data", "level-1", "level-2", "good", "fair", "average", "fail"]);

/** The schema of `xhht check --json` (version 1): one document for all files, stable for other programs to read. */
export const jsonReportSchema = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      path: z.string(),
      ok: z.boolean(),
      /** checked, or "unchecked" when no sheet followed a template (never counted as passed), "empty", "unreadable". */
      status: z.enum(["checked", "unchecked", "empty", "unreadable"]),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
      sheets: z.array(
        z.object({
          name: z.string(),
          template: z.string().nullable(),
          status: z.enum(["checked", "unchecked", "empty"]),
          /** Summary form only: the models the sheet holds and those it lacks (group ids). */
          models: z.object({ held: z.array(z.string()), lacking: z.array(z.string()) }).optional(),
          /** Columns only guessed (position, ambiguous abbreviation): "cần xác nhận", not checked until confirmed. */
          unconfirmed: z.array(z.object({ column: z.string(), header: z.string(), field: z.string(), how: z.string() })).optional(),
          rows: z.number().int().min(0),
          issues: z.array(
            z.object({
              cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
              row: z.number().int().min(1),
              column: z.string(),
              code: z.string(),
              severity: z.enum(["error", "warning", "info"]),
              message: z.string(),
            }),
          ),
          verdicts: z.array(
            z.object({ row: z.number().int().min(1), title: z.string(), outcome, failed: z.array(z.string()), provisional: z.boolean() }),
          ),
        }),
      ),
    }),
  ),
  summary: z.object({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int(), unchecked: z.number().int() }),
});

/** The JSON report document, as its schema infers it. */
export type JsonReport = z.infer<typeof jsonReportSchema>;

/** Builds the `--json` document from checked files, messages in the chosen language. */
export function toJsonReport(checks: readonly FileCheck[], lang: Lang = "vi"): JsonReport {
  let errors = 0;
  let warnings = 0;
  const files = checks.map((c) => {
    errors += c.report?.counts.error ?? 0;
    warnings += c.report?.counts.warning ?? 0;
    return {
      path: c.path,
      ok: c.ok,
      status: fileStatus(c),
      ...(c.error ? { error: { code: c.error.code, message: c.error.message } } : {}),
      sheets: (c.report?.sheets ?? []).map((s) => ({
        name: s.sheet,
        template: s.templateId,
        status: sheetStatus(s),
        ...(s.models ? { models: { held: s.models.held.map((m) => m.id), lacking: s.models.lacking.map((m) => m.id) } } : {}),
        ...(s.table && s.table.unconfirmedColumns.length > 0
          ? { unconfirmed: s.table.unconfirmedColumns.map((c) => ({ column: c.column, header: c.header, field: c.fieldId, how: c.how })) }
          : {}),
        rows: s.rowsRead,
        issues: s.issues.map((i) => ({ cell: i.where.address, row: i.where.row, column: i.where.column, code: i.code, severity: i.severity, message: issueMessage(i, lang) })),
        verdicts: s.verdicts.map((v) => ({
          row: v.row,
          title: v.verdict.title,
          outcome: v.verdict.outcome,
          failed: describeVerdictFailures(v.verdict, lang),
          provisional: v.verdict.provisional,
        })),
      })),
    };
  });
  const unchecked = checks.filter((c) => c.ok && fileStatus(c) !== "checked").length;
  return { version: 1, files, summary: { files: checks.length, errors, warnings, unchecked } };
}
