/**
 * The dashboard's pool of check workers, with stand-in workers that answer after different delays (and one that
 * crashes): files spread over the workers, results told in input order, a crash costs only its file.
 */
import type { WorkerRequest, WorkerResponse } from "../src/entries/dashboard/worker-protocol";
import { CheckWorkerPool } from "../src/entries/dashboard/worker-pool";

const today = { year: 2025, month: 12, day: 1 };

class StandInWorker {
  static busy = 0;
  static maxBusy = 0;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(req: WorkerRequest): void {
    if (req.kind !== "check") return;
    StandInWorker.busy++;
    StandInWorker.maxBusy = Math.max(StandInWorker.maxBusy, StandInWorker.busy);
    // Later files answer sooner, so finishing order is the reverse of input order.
    const delay = 5 + (200 - new Uint8Array(req.bytes)[0]) / 5;
    setTimeout(() => {
      StandInWorker.busy--;
      if (req.name === "crash.xlsx") return this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
      this.onmessage?.({ data: { id: req.id, kind: "checked", check: { path: req.name, ok: true, packed: [] } } } as unknown as MessageEvent<WorkerResponse>);
    }, delay);
  }
  terminate(): void {}
}

const file = (name: string, i: number) => ({ name, bytes: new Uint8Array([i * 10]).buffer });

describe("the dashboard's worker pool", () => {
  it("spreads files over workers and tells results in input order", async () => {
    const pool = new CheckWorkerPool(() => new StandInWorker() as unknown as Worker, 3);
    const files = Array.from({ length: 9 }, (_, i) => file(`xa-${i}.xlsx`, i));
    const told: string[] = [];
    const out = await pool.checkAll(files, today, (done, total, last) => {
      expect(total).toBe(9);
      expect(done).toBe(told.length + 1);
      told.push(last.path);
    });
    expect(out.map((c) => c.path)).toEqual(files.map((f) => f.name));
    expect(told).toEqual(files.map((f) => f.name));
    expect(pool.size).toBe(3);
    expect(StandInWorker.maxBusy).toBe(3);
  });

  it("fails only the file whose worker crashed and goes on with the others", async () => {
    const pool = new CheckWorkerPool(() => new StandInWorker() as unknown as Worker, 2);
    const out = await pool.checkAll([file("a.xlsx", 1), file("crash.xlsx", 2), file("b.xlsx", 3), file("c.xlsx", 4)], today, () => undefined);
    expect(out.map((c) => [c.path, c.ok])).toEqual([["a.xlsx", true], ["crash.xlsx", false], ["b.xlsx", true], ["c.xlsx", true]]);
    expect(out[1].error?.message).toMatch(/Không kiểm tra được tệp "crash\.xlsx"/);
  });

  it("uses at most four workers and at least one", () => {
    expect(new CheckWorkerPool(() => new StandInWorker() as unknown as Worker, 64).size).toBe(4);
    expect(new CheckWorkerPool(() => new StandInWorker() as unknown as Worker, 0).size).toBe(1);
  });
});
