import { z } from "zod";
import type { Grid } from "../grid/grid";
import { fingerprintGrid } from "../ports/fingerprint";
import { compareDigests, digestGrid } from "./receipt-digest";

const hashes = z.record(z.string().regex(/^\d+$/), z.string().regex(/^[0-9a-f]{8}$/));

/** Schema of the check receipt kept in the workbook under `xhht.receipt` (biên nhận kiểm tra), version 1. */
export const receiptSchema = z.object({
  v: z.literal(1),
  /** When the check was written, as the entry formatted it ("2025-03-14 09:30"). */
  at: z.string().min(1),
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  sheets: z.array(
    z.object({
      sheet: z.string().min(1),
      templateId: z.string().nullable(),
      fingerprint: z.string().min(1),
      /** Row and column hashes of the checked data; null when the data changed between the check and the report. */
      digest: z.object({ block: z.number().int().min(1), rows: hashes, cols: hashes }).nullable(),
    }),
  ),
});

/** A check receipt as stored in the workbook. */
export type Receipt = z.infer<typeof receiptSchema>;

/** One checked sheet as the receipt records it. */
export type ReceiptSheet = Receipt["sheets"][number];

/** Records a checked sheet: its fingerprint at check time, and its digest when the data is still the checked data. */
export function receiptSheet(grid: Grid, checkedFingerprint: string, templateId: string | null): ReceiptSheet {
  const same = fingerprintGrid(grid) === checkedFingerprint;
  return { sheet: grid.sheetName, templateId, fingerprint: checkedFingerprint, digest: same ? digestGrid(grid) : null };
}

/** Reads a stored receipt; text that is not a valid receipt gives null (it is then reported as unreadable). */
export function parseReceipt(text: string): Receipt | null {
  try {
    const r = receiptSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** What a receipt says about a file now (biên nhận): unchanged since its check, changed (with how many cells), or none. */
export type ReceiptCheck =
  | { readonly kind: "unchanged"; readonly at: string }
  | { readonly kind: "changed"; readonly at: string; readonly cells: number; readonly exact: boolean; readonly sheets: readonly string[] }
  | { readonly kind: "none" }
  | { readonly kind: "invalid" };

/**
 * Re-computes the fingerprint of every sheet a receipt names from the file's grids and compares: same values at the
 * same cells = unchanged (a sheet framed differently by another reader still counts as the same data); otherwise
 * changed, with the number of differing cells when the receipt kept a digest. A missing sheet counts as changed.
 */
export function verifyReceipt(stored: string | undefined | null, grids: readonly Grid[]): ReceiptCheck {
  if (stored === undefined || stored === null) return { kind: "none" };
  const receipt = parseReceipt(stored);
  if (receipt === null) return { kind: "invalid" };
  let cells = 0;
  let exact = true;
  const changed: string[] = [];
  for (const s of receipt.sheets) {
    const grid = grids.find((g) => g.sheetName === s.sheet);
    if (grid === undefined) {
      changed.push(s.sheet);
      exact = false;
      continue;
    }
    if (fingerprintGrid(grid) === s.fingerprint) continue;
    if (s.digest === null) {
      changed.push(s.sheet);
      exact = false;
      continue;
    }
    const d = compareDigests(s.digest, digestGrid(grid, s.digest.block));
    if (d.min === 0) continue;
    changed.push(s.sheet);
    cells += d.min;
    exact &&= d.exact;
  }
  return changed.length === 0 ? { kind: "unchanged", at: receipt.at } : { kind: "changed", at: receipt.at, cells, exact, sheets: changed };
}
