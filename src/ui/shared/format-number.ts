import type { Lang } from "../../core/messages";

const LOCALES: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/** Decimals implied by an Excel number format ("0.0" → 1, "#,##0" → 0). */
export function decimalsOf(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

/** A number as the officer reads it: "1.234" and "50,6" in Vietnamese; empty text for no value. */
export function formatNumber(value: number | null | undefined, decimals = 0, lang: Lang = "vi"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
