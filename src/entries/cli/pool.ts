// Spreads files over worker threads (tinypool): each worker reads and checks one file at a time, so memory is
// bounded by the largest files in flight (one per thread), not by the folder. Results are handed on in input order
// as soon as each file and all files before it are done.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
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

/**
 * Checks files, in worker threads when there are several (one thread per core), and returns the checks in input
 * order. `onResult` is called in input order as results become available; `onDone` in completion order (progress).
 */
export async function checkFilesPooled(
  paths: readonly string[],
  task: Omit<CheckTask, "path">,
  onResult: (index: number, check: FileCheck) => void,
  onDone?: (done: number, total: number, last: FileCheck) => void,
): Promise<FileCheck[]> {
  const out: FileCheck[] = new Array(paths.length);
  const emit = inOrder(onResult);
  let done = 0;
  const finish = (i: number, check: FileCheck): void => {
    out[i] = check;
    onDone?.(++done, paths.length, check);
    emit(i, check);
  };
  const threads = Math.min(paths.length, availableParallelism());
  if (threads < 2 || !existsSync(WORKER)) {
    for (let i = 0; i < paths.length; i++) finish(i, await checkTask({ ...task, path: paths[i] }));
    return out;
  }
  const { Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    await Promise.all(
      paths.map(async (path, i) => {
        let check: FileCheck;
        try {
          check = (await pool.run({ ...task, path } satisfies CheckTask)) as FileCheck;
        } catch {
          // A worker that died (out of memory on a hostile file) fails that file only; the pool starts a new one.
          check = { path, ok: false, error: { code: "check-failed", message: `Không kiểm tra được tệp "${path}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.` }, summaries: [] };
        }
        finish(i, check);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return out;
}
