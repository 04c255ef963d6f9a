import { z } from "zod";
import { describeCriterion, describeVerdict, describeVerdictFailures, type Verdict } from "../core/criteria";
import { issueMessage, type Lang } from "../core/messages";
import { sheetStatus } from "../core/validation/report";
import { receiptJson, receiptJsonSchema } from "./receipt-json";
import { fileStatus, type FileCheck } from "./check-files";

const outcome = z.enum(["met", "not-met", "insufficient-data", "level-1", "level-2", "good", "fair", "average", "fail"]);

/** One criterion of a verdict in the JSON report: what it is, whether it was met, why, and whether it used an unconfirmed value. */
const criterionSchema = z.object({
  id: z.string(),
  label: z.string(),
  met: z.boolean(),
  reason: z.string(),
  message: z.string(),
  provisional: z.boolean(),
});

/** One verdict of the JSON report (version 2): the set it rests on, the line, the points and every criterion. */
const verdictSchema = z.object({
  row: z.number().int().min(1),
  subject: z.string(),
  title: z.string(),
  outcome,
  /** The verdict in one line, as the pane and the fill command show it. */
  text: z.string(),
  criteria: z.object({ id: z.string(), version: z.string() }),
  area: z.string().optional(),
  points: z.number().optional(),
  maxPoints: z.number().optional(),
  failed: z.array(z.string()),
  /** Inputs missing (chưa đủ dữ liệu) and inputs present but unusable, each with its Vietnamese name. */
  missing: z.array(z.object({ id: z.string(), label: z.string() })),
  invalid: z.array(z.object({ id: z.string(), label: z.string() })),
  detail: z.array(criterionSchema),
  provisional: z.boolean(),
});

/**
 * The schema of `xhht check --json` (version 2): one document for all files, stable for other programs to read.
 * Version 2 added to each verdict the criteria set `{ id, version }`, the subject, the one-line text, the points, the
 * missing and invalid inputs by name and the detail of every criterion; and to each file and sheet its check `status`
 * (never "passed" when no template was recognised), the models a summary sheet holds and lacks, its unconfirmed
 * columns, `summary.unchecked` (no template recognised) apart from `summary.empty` (nothing to check); to each file
 * the problems of a damaged column map saved in it (`mapProblems`); and to each readable file its check `receipt`.
 */
export const jsonReportSchema = z.object({
  version: z.literal(2),
  files: z.array(
    z.object({
      path: z.string(),
      ok: z.boolean(),
      /** checked, or "unchecked" when no sheet followed a template (never counted as passed), "empty", "unreadable". */
      status: z.enum(["checked", "unchecked", "empty", "unreadable"]),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
      /** Problems of the column maps saved in the workbook ("Ghép cột"), which were then not used; absent when none. */
      mapProblems: z.array(z.string()).optional(),
      /** The check receipt (issue 15): checked with XHHT and unchanged, edited since (cells), none, or damaged. */
      receipt: receiptJsonSchema.optional(),
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
          verdicts: z.array(verdictSchema),
        }),
      ),
    }),
  ),
  summary: z.object({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int(), unchecked: z.number().int(), empty: z.number().int() }),
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
      ...(c.mapProblems && c.mapProblems.length > 0 ? { mapProblems: [...c.mapProblems] } : {}),
      ...(c.receipt ? { receipt: receiptJson(c.receipt, lang) } : {}),
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
        verdicts: s.verdicts.map((v) => verdictJson(v.row, v.subject, v.verdict, lang)),
      })),
    };
  });
  const unchecked = checks.filter((c) => fileStatus(c) === "unchecked").length;
  const empty = checks.filter((c) => fileStatus(c) === "empty").length;
  return { version: 2, files, summary: { files: checks.length, errors, warnings, unchecked, empty } };
}

/** One verdict as the JSON report carries it. */
export function verdictJson(row: number, subject: string, v: Verdict, lang: Lang): z.infer<typeof verdictSchema> {
  const named = (reason: string) => v.criteria.filter((c) => c.reason === reason).map((c) => ({ id: c.id, label: c.label }));
  return {
    row,
    subject,
    title: v.title,
    outcome: v.outcome,
    text: describeVerdict(v, lang),
    criteria: { id: v.setId, version: v.setVersion },
    ...(v.area ? { area: v.area } : {}),
    ...(v.points !== undefined ? { points: v.points, maxPoints: v.maxPoints } : {}),
    failed: describeVerdictFailures(v, lang),
    missing: named("missing-input"),
    invalid: named("value-out-of-range"),
    detail: v.criteria.map((c) => ({ id: c.id, label: c.label, met: c.met, reason: c.reason, message: describeCriterion(c, lang), provisional: c.provisional })),
    provisional: v.provisional,
  };
}
