import { createContext, useContext } from "react";
import type { FileCheck } from "../../app/check-files";
import type { CheckSettings } from "../../app/check-settings";
import type { SheetSpec } from "../../core/templates/sheet-spec";

/** A workbook file's name and bytes, as opened, dropped or fetched (tệp sổ báo cáo). */
export interface WorkbookFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** Told after each checked file: how many are done, of how many, and the last result. */
export type CheckProgress = (done: number, total: number, last: FileCheck) => void;

/**
 * What the dashboard needs from the outside world, wired by the entry (the UI never imports an adapter): checking
 * files (in a Web Worker), the bundled samples, saving a workbook, and the clock for the export stamp.
 */
export interface DashboardServices {
  /**
   * Checks files; `settings` carry the province's forms ("Nạp biểu mẫu tỉnh", used besides the maps saved in each file)
   * and the loaded profile's template file, confirmed criteria values and own targets.
   */
  checkFiles(files: readonly WorkbookFile[], onProgress: CheckProgress, settings?: CheckSettings): Promise<FileCheck[]>;
  loadSamples(): Promise<WorkbookFile[]>;
  exportWorkbook(sheets: SheetSpec[], fileName: string): Promise<void>;
  /** The local time as "dd/mm/yyyy hh:mm", stamped on exported workbooks. */
  now(): string;
}

/** The services context; the entry provides the real ones, tests provide fakes. */
export const DashboardServicesContext = createContext<DashboardServices | null>(null);

/** The dashboard's services; a missing provider is a wiring bug, so it throws. */
export function useDashboardServices(): DashboardServices {
  const s = useContext(DashboardServicesContext);
  if (!s) throw new Error("DashboardServicesContext is not provided by the entry");
  return s;
}
