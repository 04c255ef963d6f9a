import type { Page } from "playwright-core";

/** Waits for the harness pane's status line to say `text`; on a timeout the error says what it said and Excel's errors. */
export async function paneStatus(page: Page, text: RegExp): Promise<void> {
  try {
    await page.getByTestId("status").getByText(text).waitFor({ timeout: 15_000 });
  } catch {
    const errors = await page.evaluate(() => JSON.stringify((window as unknown as { __xhhtRunErrors?: string[] }).__xhhtRunErrors ?? []));
    throw new Error(`status line never matched ${text}; it says: "${await page.getByTestId("status").textContent()}"; Excel errors: ${errors}`);
  }
}
