import { z } from "zod";
import type { Lang } from "../core/messages";
import { receiptLabel, type ReceiptCheck } from "../core/status";

/** A file's check receipt in the JSON documents of `xhht check` and `xhht status`: its kind, the line shown, cells changed. */
export const receiptJsonSchema = z.object({
  kind: z.enum(["unchanged", "changed", "none", "invalid"]),
  text: z.string(),
  /** Cells that differ from the checked data, when known (at least this many when the receipt could not say exactly). */
  cells: z.number().int().nullable(),
});

/** One receipt check as the JSON documents carry it, its line in the chosen language. */
export function receiptJson(r: ReceiptCheck, lang: Lang): z.infer<typeof receiptJsonSchema> {
  return { kind: r.kind, text: receiptLabel(r, lang), cells: r.kind === "changed" && r.cells > 0 ? r.cells : null };
}
