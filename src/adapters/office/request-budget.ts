import { a1 } from "../../core/grid/a1";

// How big one Excel.run request may grow: measured bytes, a budget well under the web's 5 MB, and halve-and-retry.

/** Excel codes for a request or response over the web's 5 MB payload limit. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

/**
 * Upper estimate of what one proxy object with one call or load costs in a request besides its values: Office.js
 * sends an object path ({"Id":…,"ObjectPathType":…,"Name":"getRange","ArgumentInfo":…}) and an action for each.
 */
export const BYTES_PER_CALL = 400;

/** The budget of one request or response: 2 MB, so even a doubled estimate stays under the 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 2_000_000;

let utf8: TextEncoder | undefined;

/** UTF-8 bytes of a value as JSON, the way Office.js sends it. */
export function jsonBytes(v: unknown): number {
  utf8 ??= new TextEncoder();
  return utf8.encode(JSON.stringify(v ?? null)).length;
}

/** True when Excel refused a request or response for its size. */
export function isPayloadTooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && TOO_LARGE.has(String((e as { code: unknown }).code));
}

/** How many items from `start` fit in `budget` bytes (at least one), given each item's measured size. */
export function itemsWithin(count: number, start: number, budget: number, bytesOf: (i: number) => number): number {
  let used = 0;
  let n = 0;
  while (start + n < count) {
    const b = bytesOf(start + n);
    if (n > 0 && used + b > budget) break;
    used += b;
    n += 1;
  }
  return n;
}

/**
 * Runs `step(start, n)` over `count` items in chunks of at most `size(start)`; when Excel refuses a chunk for its size,
 * the chunk is halved and tried again (a refused request was not applied). A single item that is still too large fails.
 */
export async function inHalvingChunks(count: number, size: (start: number) => number, step: (start: number, n: number) => Promise<void>): Promise<void> {
  let limit = Number.POSITIVE_INFINITY;
  for (let start = 0; start < count; ) {
    const n = Math.max(1, Math.min(size(start), limit, count - start));
    try {
      await step(start, n);
    } catch (e) {
      if (!isPayloadTooLarge(e) || n === 1) throw e;
      limit = Math.ceil(n / 2);
      continue;
    }
    start += n;
  }
}

/** A command to queue on a request context, with its estimated request bytes. */
export interface QueuedOp {
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * Queues many commands (styles, merges, links, validations) in as many syncs as their measured size needs, each under
 * `budget`; a sync Excel refuses for its size is halved and queued again (a refused request was not applied).
 */
export async function syncInBudget(ctx: Excel.RequestContext, ops: readonly QueuedOp[], budget = REQUEST_BUDGET_BYTES): Promise<void> {
  await inHalvingChunks(
    ops.length,
    (start) => itemsWithin(ops.length, start, budget, (i) => ops[i].bytes),
    async (start, n) => {
      for (let i = start; i < start + n; i++) ops[i].queue();
      await ctx.sync();
    },
  );
}

/** A rectangle of cells by 0-based indexes as an A1 range (Worksheet.getRange is ExcelApi 1.1; getRangeByIndexes is 1.7). */
export function indexesAddress(row: number, col: number, rows: number, cols: number): string {
  const tl = a1(row, col);
  return rows === 1 && cols === 1 ? tl : `${tl}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** The range at 0-based indexes through ExcelApi 1.1's getRange, so hosts at ExcelApi 1.4–1.6 work too. */
export function rangeAt(ws: Excel.Worksheet, row: number, col: number, rows: number, cols: number): Excel.Range {
  return ws.getRange(indexesAddress(row, col, rows, cols));
}
