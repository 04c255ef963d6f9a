import type { FileCheck } from "../../app/check-files";
import type { Lang } from "../../core/messages";
import type { CheckSettings } from "../../app/check-settings";
import type { CalendarDate } from "../../core/validation/context";
import type { SheetSpec } from "../../core/templates/sheet-spec";
import { CheckWorkerClient } from "./worker-client";

/** Most workers the page starts: each holds one workbook being read, so more would cost memory for little speed. */
const MAX_WORKERS = 4;

/** A file to check, its bytes moved (transferred) to the worker that takes it. */
export interface PoolFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/**
 * A small pool of check workers (nhóm luồng kiểm tra): files are spread over up to one worker per core (at most
 * four), each worker reads one file at a time; results come back in input order as soon as each file and all the
 * files before it are done. A worker that crashes or hangs fails only its file and is restarted (CheckWorkerClient).
 */
export class CheckWorkerPool {
  private readonly clients: CheckWorkerClient[];

  constructor(create: () => Worker, size = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency || 2) {
    const n = Math.max(1, Math.min(MAX_WORKERS, size));
    this.clients = Array.from({ length: n }, () => new CheckWorkerClient(create));
  }

  /** How many workers the pool may run at once. */
  get size(): number {
    return this.clients.length;
  }

  /** Checks the files (with the province's maps, confirmed values and targets); `onResult` is told in input order. Never rejects. */
  async checkAll(
    files: readonly PoolFile[],
    today: CalendarDate,
    onResult: (done: number, total: number, last: FileCheck) => void,
    lang: Lang = "vi",
    settings: CheckSettings = {},
  ): Promise<FileCheck[]> {
    const out: FileCheck[] = new Array(files.length);
    const ready: boolean[] = new Array(files.length).fill(false);
    let next = 0;
    let emitted = 0;
    const emit = (): void => {
      while (emitted < files.length && ready[emitted]) {
        emitted++;
        onResult(emitted, files.length, out[emitted - 1]);
      }
    };
    const lane = async (client: CheckWorkerClient): Promise<void> => {
      for (let i = next++; i < files.length; i = next++) {
        out[i] = await client.check(files[i].name, files[i].bytes, today, lang, settings);
        ready[i] = true;
        emit();
      }
    };
    await Promise.all(this.clients.slice(0, Math.max(1, Math.min(this.clients.length, files.length))).map(lane));
    return out;
  }

  /** Writes a workbook in the first worker and returns its bytes. */
  write(sheets: readonly SheetSpec[], title: string): Promise<Uint8Array> {
    return this.clients[0].write(sheets, title);
  }
}
