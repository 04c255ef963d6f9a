// Spreads files over the main thread and worker threads (tinypool): each reads and checks one file at a time, so
// memory is bounded by the largest files in flight (one per thread), not by the folder. Results are handed on in input
// order as soon as each file and all files before it are done.
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import type { FileCheck } from "../../app/check-files";
import checkTask, { type CheckTask } from "./check-task";

/** The worker module next to the built CLI (dist/cli/check-task.js); absent when running from sources (tests). */
const WORKER = join(__dirname, "check-task.js");

/** Hands results on in input order: result i is passed once results 0…i-1 have been. */
function inOrder(onResult: (index: number, check: FileCheck) => void): (index: number, check: FileCheck) => void {
  const ready = new Map<number, FileCheck>();
  let next = 0;
  return (index, check) => {
    ready.set(index, check);
    for (let c = ready.get(next); c !== undefined; c = ready.get(next)) {
      ready.delete(next);
      onResult(next++, c);
    }
  };
}

/** What a lane does: takes file indexes from `next` until there are none left, checking each and handing it on. */
type Lane = (next: () => number | undefined) => Promise<void>;

/** When the worker threads are considered: a job the main thread finishes within this never starts one. */
const WORKERS_AFTER_MS = 100;
/** CPU a worker thread spends loading the checker before its first file, measured on the 2-core bench host. */
const WORKER_START_MS = 350;

/** When and from where worker threads start (tests start them at once; the defaults suit the CLI). */
export interface PoolTuning {
  /** The worker module (default: check-task.js next to the built CLI). */
  readonly worker?: string;
  readonly workersAfterMs?: number;
  /** Least estimated main-thread time left for which workers start. */
  readonly minWorkMs?: number;
  /** Cores other work leaves idle (default: cores − the 1-minute load average; all of them where there is none). */
  readonly idleCores?: number;
}

/** Cores not busy with other work now, as the 1-minute load average tells (Windows has none: all cores). */
function idleCores(): number {
  const cores = availableParallelism();
  const load = loadavg()[0];
  return load > 0 ? Math.max(0, Math.round(cores - load)) : cores;
}

/**
 * Checks files and returns the checks in input order. The main thread (whose checker is loaded already) takes files
 * from the front at once. If files are still waiting after 100 ms and the main thread would need more than twice a
 * worker's start-up for them, worker threads (one per other idle core, tinypool) start and take files from the back: a start-up never
 * holds up the first results, and a few small files never pay for one. `onResult` is called in input order as results
 * become available; `onDone` in completion order (progress).
 */
export async function checkFilesPooled(
  paths: readonly string[],
  task: Omit<CheckTask, "path">,
  onResult: (index: number, check: FileCheck) => void,
  onDone?: (done: number, total: number, last: FileCheck) => void,
  tuning: PoolTuning = {},
): Promise<FileCheck[]> {
  const worker = tuning.worker ?? WORKER;
  const after = tuning.workersAfterMs ?? WORKERS_AFTER_MS;
  const minWork = tuning.minWorkMs ?? 2 * WORKER_START_MS;
  const out: FileCheck[] = new Array(paths.length);
  const emit = inOrder(onResult);
  let done = 0;
  const finish = (i: number, check: FileCheck): void => {
    out[i] = check;
    onDone?.(++done, paths.length, check);
    emit(i, check);
  };
  let front = 0;
  let back = paths.length - 1;
  const fromFront = (): number | undefined => (front <= back ? front++ : undefined);
  const fromBack = (): number | undefined => (front <= back ? back-- : undefined);
  const mainLane: Lane = async (next) => {
    for (let i = next(); i !== undefined; i = next()) finish(i, await checkTask({ ...task, path: paths[i] }));
  };
  const cores = availableParallelism() - 1;
  if (cores < 1 || paths.length < 2 || !existsSync(worker)) {
    await mainLane(fromFront);
    return out;
  }
  const started = Date.now();
  let pool: { run(task: CheckTask): Promise<unknown>; destroy(): Promise<void> } | null = null;
  const workerLane: Lane = async (next) => {
    for (let i = next(); i !== undefined && pool; i = next()) {
      const path = paths[i];
      let check: FileCheck;
      try {
        check = (await pool.run({ ...task, path })) as FileCheck;
      } catch {
        // A worker that died (out of memory on a hostile file) fails that file only; the pool starts a new one.
        check = { path, ok: false, error: { code: "check-failed", message: `Không kiểm tra được tệp "${path}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.` }, summaries: [] };
      }
      finish(i, check);
    }
  };
  const workerLanes: Promise<void>[] = [];
  const startWorkers = async (): Promise<void> => {
    const waiting = back - front + 1;
    const perFile = front > 0 ? (Date.now() - started) / front : Infinity;
    if (waiting < 1 || (front > 0 && perFile * waiting < minWork)) return;
    // One thread per idle core besides the main thread's: on a host busy with other work a worker's start-up only
    // takes CPU from the main thread (measured: 200 small files 1.7 s on the main thread alone, 2.6 s with a worker).
    const threads = Math.min(cores, waiting, (tuning.idleCores ?? idleCores()) - 1);
    if (threads < 1) return;
    const { Tinypool } = await import("tinypool");
    pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
    for (let t = 0; t < threads; t++) workerLanes.push(workerLane(fromBack));
  };
  let starting: Promise<void> | null = null;
  const timer = setTimeout(() => {
    starting = startWorkers();
  }, after);
  try {
    await mainLane(fromFront);
    clearTimeout(timer);
    await starting;
    await Promise.all(workerLanes);
  } finally {
    await (pool as { destroy(): Promise<void> } | null)?.destroy();
  }
  return out;
}
