// The dashboard's Web Worker: reads a workbook with the streaming reader and checks it off the page's thread, one file
// per message (several of these run as a pool, worker-pool.ts); it also writes the exported workbook with exceljs,
// which keeps exceljs out of the page bundle.
import "../zod-jitless";
import { checkWorkbook, type FileCheck } from "../../app/check-files";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { webInflate } from "../../adapters/xlsx/web-inflate";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
/** The browser's own inflater for sheets and shared strings (several times fflate's speed); fflate where there is none. */
const inflate = webInflate();

async function check(req: Extract<WorkerRequest, { kind: "check" }>): Promise<FileCheck> {
  const read = await readWorkbook(req.bytes, req.name, { inflate });
  if (!read.ok) return { path: req.name, ok: false, error: { code: read.error.code, message: xlsxErrorMessage(read.error, req.lang) }, summaries: [] };
  // Structured clone keeps plain objects only; a JSON round trip drops anything else before it can fail to post.
  return JSON.parse(JSON.stringify(checkWorkbook(req.name, read.value, { today: req.today, ...req.settings }))) as FileCheck;
}

async function handle(req: WorkerRequest): Promise<void> {
  try {
    if (req.kind === "check") {
      scope.postMessage({ id: req.id, kind: "checked", check: await check(req) });
    } else {
      const bytes = await writeWorkbook([...req.sheets], { creator: "XHHT", title: req.title });
      scope.postMessage({ id: req.id, kind: "written", bytes }, [bytes.buffer]);
    }
  } catch (e) {
    scope.postMessage({ id: req.id, kind: "failed", message: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = (e) => void handle(e.data);
