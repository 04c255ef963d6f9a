import type { FileCheck } from "../../app/check-files";
import type { Lang } from "../../core/messages";
import type { CalendarDate } from "../../core/validation/context";
import type { CheckSettings } from "../../app/check-settings";
import type { SheetSpec } from "../../core/templates/sheet-spec";
import { unpackFileCheck } from "./summary-transfer";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

type Pending = { resolve: (r: WorkerResponse) => void };

/** How long one file may take before its worker is given up and restarted (a hung parse on a broken file). */
const FILE_TIMEOUT_MS = 120_000;

/**
 * The page's side of the check worker: one request at a time; when the worker crashes or hangs on a file, that
 * request gets a "failed" answer, a fresh worker is started and the next files go on.
 */
export class CheckWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly create: () => Worker) {}

  /** Checks one file in the worker; never rejects: a failure becomes an unreadable entry with a Vietnamese reason. */
  check(name: string, bytes: ArrayBuffer, today: CalendarDate, lang: Lang = "vi", settings: CheckSettings = {}): Promise<FileCheck> {
    return this.serial(async () => {
      const res = await this.send({ id: this.nextId++, kind: "check", name, bytes, today, lang, settings }, [bytes]);
      if (res.kind === "checked") return unpackFileCheck(res.check);
      return {
        path: name,
        ok: false,
        error: { code: "check-failed", message: `Không kiểm tra được tệp "${name}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.` },
        summaries: [],
      };
    });
  }

  /** Writes a workbook in the worker and returns its bytes. */
  write(sheets: readonly SheetSpec[], title: string): Promise<Uint8Array> {
    return this.serial(async () => {
      const res = await this.send({ id: this.nextId++, kind: "write", sheets, title });
      if (res.kind !== "written") throw new Error(res.kind === "failed" ? res.message : "unexpected worker answer");
      return res.bytes;
    });
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      p?.resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.crash("worker error");
    };
    w.onmessageerror = () => this.crash("message could not be read");
    this.worker = w;
    return w;
  }

  private crash(message: string) {
    this.worker?.terminate();
    this.worker = null;
    const all = [...this.pending];
    this.pending.clear();
    for (const [id, p] of all) p.resolve({ id, kind: "failed", message });
  }

  private send(req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerResponse> {
    const worker = this.ensure();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.crash("timeout"), FILE_TIMEOUT_MS);
      this.pending.set(req.id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
      worker.postMessage(req, transfer);
    });
  }
}
