/**
 * The CLI's unit of work (check-task.ts), run in-process: `xhht check` asks for the report only, `rollup`, `status`
 * and `trend` for the summary numbers too; the report is the same either way.
 */
import { join } from "node:path";
import type { ValidationContext } from "../src/core/validation/context";
import checkTask from "../src/entries/cli/check-task";

const golden = (f: string) => join(__dirname, "fixtures", "golden", f);
const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };

describe("checkTask", () => {
  it("reads the summary numbers by default and leaves them out when only the report is wanted", async () => {
    const path = golden("thm-clean-commune-2024.xlsx");
    const full = await checkTask({ path, lang: "vi", ctx });
    const reportOnly = await checkTask({ path, lang: "vi", ctx, summaries: false });
    expect(full.ok && reportOnly.ok).toBe(true);
    expect(full.summaries.length).toBe(1);
    expect(full.summaries[0].rows.length).toBeGreaterThan(0);
    expect(reportOnly.summaries).toEqual([]);
    expect(reportOnly.titleUnit).toBeUndefined();
    expect(reportOnly.report).toEqual(full.report);
    expect(reportOnly.receipt).toEqual(full.receipt);
  });

  it("still refuses an unreadable file with its Vietnamese message when only the report is wanted", async () => {
    const r = await checkTask({ path: join(__dirname, "fixtures", "bad", "does-not-exist.xlsx"), lang: "vi", ctx, summaries: false });
    expect(r.ok).toBe(false);
    expect(r.error?.message).toMatch(/Không kiểm tra được tệp/);
  });
});
