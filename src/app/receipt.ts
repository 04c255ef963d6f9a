import type { Grid } from "../core/grid/grid";
import { STATE_KEYS, type StoredState, type WorkbookPort } from "../core/ports/workbook-port";
import { parseReceipt, receiptSheet, verifyReceipt, type Receipt, type ReceiptCheck } from "../core/status/receipt";
import type { WorkbookReport } from "../core/validation/report";

/**
 * Stores the check receipt (biên nhận kiểm tra) under `xhht.receipt`: each checked sheet is read again, and its row
 * and column hashes are kept when its data is still the checked data (so a later edit can be counted in cells).
 */
export async function storeReceipt(port: WorkbookPort, report: WorkbookReport, fingerprints: Readonly<Record<string, string>>, at: string): Promise<Receipt> {
  const present = new Set(await port.listSheets());
  const sheets: Receipt["sheets"] = [];
  for (const [name, fingerprint] of Object.entries(fingerprints)) {
    const templateId = report.sheets.find((s) => s.sheet === name)?.templateId ?? null;
    if (!present.has(name)) continue;
    sheets.push(receiptSheet(await port.readSheet(name), fingerprint, templateId));
  }
  const receipt: Receipt = { v: 1, at, errors: report.counts.error, warnings: report.counts.warning, sheets };
  await port.saveState(STATE_KEYS.receipt, JSON.stringify(receipt));
  return receipt;
}

/** Verifies the receipt a workbook read from a file (a ReadWorkbook) carries in `state` against that file's own grids. */
export function verifyWorkbookReceipt(wb: { readonly sheets: readonly Grid[]; readonly state?: StoredState }): ReceiptCheck {
  return verifyReceipt(wb.state?.[STATE_KEYS.receipt], wb.sheets);
}

/** Verifies the receipt of the open workbook against its sheets as they are now. */
export async function verifyPortReceipt(port: WorkbookPort): Promise<ReceiptCheck> {
  const stored = await port.loadState(STATE_KEYS.receipt);
  if (stored === null) return { kind: "none" };
  const receipt = parseReceipt(stored);
  if (receipt === null) return { kind: "invalid" };
  const names = new Set(await port.listSheets());
  const grids = [];
  for (const s of receipt.sheets) if (names.has(s.sheet)) grids.push(await port.readSheet(s.sheet));
  return verifyReceipt(stored, grids);
}
