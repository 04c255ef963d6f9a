import { guarded, type ExcelRun } from "./office-run";

/**
 * Recalculates every formula of the workbook (Application.calculate "Full", ExcelApi 1.1): the XHHT custom functions
 * are not volatile, so after the criteria in force change only a full calculation brings their cells up to date.
 */
export async function recalculateWorkbook(run: ExcelRun): Promise<void> {
  await guarded(run, async (ctx) => {
    ctx.workbook.application.calculate("Full");
    await ctx.sync();
  });
}
