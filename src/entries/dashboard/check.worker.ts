// The dashboard's Web Worker: reads a workbook with the streaming reader and checks it off the page's thread, one file
// per message (several of these run as a pool, worker-pool.ts); it also writes the exported workbook with exceljs,
// which keeps exceljs out of the page bundle.
import "../zod-jitless";
import { checkWorkbook } from "../../app/check-files";
import { xlsxErrorMessage } from "../../adapters/xlsx/messages";
import { readWorkbook } from "../../adapters/xlsx/read-workbook";
import { webInflate } from "../../adapters/xlsx/web-inflate";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { packFileCheck, type PackedFileCheck } from "./summary-transfer";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
/** The browser's own inflater for sheets and shared strings (several times fflate's speed); fflate where there is none. */
const inflate = webInflate();

async function check(req: Extract<WorkerRequest, { kind: "check" }>): Promise<{ check: PackedFileCheck; transfer: ArrayBuffer[] }> {
  const read = await readWorkbook(req.bytes, req.name, { inflate });
  if (!read.ok) return { check: { path: req.name, ok: false, error: { code: read.error.code, message: xlsxErrorMessage(read.error, req.lang) }, packed: [] }, transfer: [] };
  // The report is plain data (structured clone copies it); the summary rows go column-wise, their numbers moved.
  return packFileCheck(checkWorkbook(req.name, read.value, { today: req.today, ...req.settings }));
}

async function handle(req: WorkerRequest): Promise<void> {
  try {
    if (req.kind === "check") {
      const { check: packed, transfer } = await check(req);
      scope.postMessage({ id: req.id, kind: "checked", check: packed }, transfer);
    } else {
      const bytes = await writeWorkbook([...req.sheets], { creator: "XHHT", title: req.title });
      scope.postMessage({ id: req.id, kind: "written", bytes }, [bytes.buffer]);
    }
  } catch (e) {
    scope.postMessage({ id: req.id, kind: "failed", message: e instanceof Error ? e.message : String(e) });
  }
}

scope.onmessage = (e) => void handle(e.data);
