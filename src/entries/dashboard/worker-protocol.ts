import type { CalendarDate } from "../../core/validation/context";
import type { Lang } from "../../core/messages";
import type { CheckSettings } from "../../app/check-settings";
import type { SheetSpec } from "../../core/templates/sheet-spec";
import type { PackedFileCheck } from "./summary-transfer";

/** A request from the page to the check worker: check one file, or write one workbook. Plain data only. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: "check"; readonly name: string; readonly bytes: ArrayBuffer; readonly today: CalendarDate; readonly lang: Lang; readonly settings?: CheckSettings }
  | { readonly id: number; readonly kind: "write"; readonly sheets: readonly SheetSpec[]; readonly title: string };

/** The worker's answer to a request with the same id; a checked file's summary rows come packed (summary-transfer.ts). */
export type WorkerResponse =
  | { readonly id: number; readonly kind: "checked"; readonly check: PackedFileCheck }
  | { readonly id: number; readonly kind: "written"; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: "failed"; readonly message: string };
