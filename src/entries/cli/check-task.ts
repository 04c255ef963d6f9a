// One file's check, the unit of work of the CLI's worker threads (tinypool loads this file's default export in each
// worker; built by webpack as dist/cli/check-task.js). Also called in-process when there is one file to check.
import { checkWorkbook, type FileCheck } from "../../app/check-files";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { readWorkbookFile } from "../../adapters/xlsx/node-file";
import type { ValidationContext } from "../../core/validation/context";

/** What a worker is asked: one file, the language of messages, and the validation context (structured-cloned). */
export interface CheckTask {
  readonly path: string;
  readonly lang: "vi" | "en";
  readonly ctx: ValidationContext;
  /** False when only the report is wanted (`xhht check`): the summary numbers are neither read nor sent back. */
  readonly summaries?: boolean;
}

/** Reads and checks one file through the streaming reader; never throws: a failure is an unreadable entry. */
export default async function checkTask(task: CheckTask): Promise<FileCheck> {
  const { path, lang, ctx, summaries } = task;
  try {
    const r = await readWorkbookFile(path);
    if (!r.ok) return { path, ok: false, error: { code: r.error.code, message: xlsxErrorMessage(r.error, lang) }, summaries: [] };
    return checkWorkbook(path, r.value, ctx, { summaries });
  } catch {
    const message = lang === "en" ? `Could not check "${path}" because of an unexpected error; the other files are still checked.` : `Không kiểm tra được tệp "${path}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.`;
    return { path, ok: false, error: { code: "check-failed", message }, summaries: [] };
  }
}
