import type { CalendarDate } from "../../core/validation/context";
import type { DashboardServices, WorkbookFile } from "../../ui/dashboard";
import { saveFile } from "../../ui/shared";
import { CheckWorkerPool } from "./worker-pool";

const two = (n: number) => String(n).padStart(2, "0");

/** Today from the machine's clock: the entry is the only place that reads it. */
export function today(d = new Date()): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The local time as "dd/mm/yyyy hh:mm". */
export function stamp(d = new Date()): string {
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The bundled sample workbooks: `samples/index.json` (a list of names, or `{ files: [...] }`) and each file, same origin. */
export async function fetchSamples(base = "samples/"): Promise<WorkbookFile[]> {
  const res = await fetch(`${base}index.json`);
  if (!res.ok) return [];
  const index = (await res.json()) as string[] | { files: (string | { name: string })[] };
  const names = (Array.isArray(index) ? index : index.files).map((f) => (typeof f === "string" ? f : f.name));
  return Promise.all(
    names.map(async (name) => {
      const r = await fetch(`${base}${encodeURIComponent(name)}`);
      if (!r.ok) throw new Error(`sample ${name}: HTTP ${r.status}`);
      return { name, bytes: await r.arrayBuffer() };
    }),
  );
}

/** Saves a workbook's bytes as a download (no network). */
export function download(bytes: Uint8Array, fileName: string): void {
  saveFile(bytes as BlobPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
}

/** The dashboard's real services: files checked and workbooks written in the check worker, samples from the same origin. */
export function createDashboardServices(): DashboardServices {
  const worker = new CheckWorkerPool(() => new Worker(new URL("./check.worker.ts", import.meta.url), { name: "xhht-check" }));
  return {
    // Files are spread over a few workers; progress is told in input order and a crash costs only its file.
    checkFiles: (files, onProgress, settings = {}) => worker.checkAll(files, today(), onProgress, "vi", settings),
    loadSamples: () => fetchSamples(),
    async exportWorkbook(sheets, fileName) {
      download(await worker.write(sheets, fileName.replace(/\.xlsx$/i, "")), fileName);
    },
    now: () => stamp(),
  };
}
