import { spawnSync } from "node:child_process";
import { dirname } from "node:path";

/** Milliseconds since an arbitrary origin, high resolution. */
export const now = (): number => performance.now();

/** Runs a full garbage collection when node was started with --expose-gc (the bench always is). */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median of a non-empty list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs a minor (young generation) collection. Timed runs start after this, not after a full `gc()`: V8 treats a forced
 * full collection as one that reduces memory and drops optimised code with it, so every run after one was measured
 * recompiling the engine's hot functions (up to 2× slower, and bimodal) — a state no officer's process is ever in.
 */
export function minorGc(): void {
  (globalThis as { gc?: (o?: { type: "minor" | "major" }) => void }).gc?.({ type: "minor" });
}

/** Runs `fn` until it has run `runs` times and at least `ms` milliseconds have passed, so the JIT has settled. */
export async function warmUp(fn: () => unknown, runs: number, ms = 0): Promise<void> {
  const start = now();
  for (let i = 0; i < runs || now() - start < ms; i++) await fn();
}

/** Times `fn` `reps` times (a minor GC before each) and returns the median in milliseconds. */
export async function timeMedian(reps: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    minorGc();
    const t = now();
    await fn();
    times.push(now() - t);
  }
  return median(times);
}

/** This process' peak resident set size so far, in MB. */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Current resident set size and heap in use, in MB. */
export function memNow(): { rss: number; heap: number } {
  const m = process.memoryUsage();
  return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
}

/** Runs a task of this bundle in a fresh node process (`--child task arg`) and returns the JSON it prints last. */
export function inChild<T>(task: string, arg: string | number): T {
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=16384", process.argv[1], "--child", task, String(arg)], {
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`child ${task} ${arg} failed with status ${r.status}`);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

/** Prints the result of a child task as its last line of output. */
export function reply(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** A number with thin grouping and a fixed number of decimals. */
export function fmt(x: number, digits = 0): string {
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Prints a titled table with right-aligned columns. */
export function printTable(title: string, head: readonly string[], rows: readonly (readonly string[])[], note?: string): void {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(`|${width.map((w, i) => (i === 0 ? `:${"-".repeat(w + 1)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const r of rows) console.log(line(r));
  if (note) console.log(`\n${note}`);
}

/** bench/.out, where the bundle runs and generated inputs are cached. */
export const OUT_DIR = dirname(process.argv[1]);
