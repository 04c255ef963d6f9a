/** How a stated rate compares with recognised ÷ denominator × 100 at the precision the cell shows. */
export function rateMatches(stated: number, recognised: number, denominator: number, decimals: number): boolean {
  if (denominator <= 0) return false;
  const exact = (recognised / denominator) * 100;
  const d = Math.max(0, Math.min(decimals, 10));
  const f = 10 ** d;
  const eps = 1e-9 * Math.max(1, Math.abs(exact));
  // Published reports both round and truncate (230/454 printed as 50.6), so either is accepted.
  const rounded = Math.round(exact * f + 1e-9) / f;
  const truncated = Math.trunc(exact * f + 1e-9) / f;
  return Math.abs(stated - rounded) <= eps + 1e-12 || Math.abs(stated - truncated) <= eps + 1e-12 || Math.abs(stated - exact) <= 0.5 / f + eps;
}

/** recognised ÷ total × 100 rounded to `decimals` (the value a fix proposes), or null when total is 0. */
export function computeRate(recognised: number, total: number, decimals = 1): number | null {
  if (total <= 0) return null;
  const f = 10 ** decimals;
  return Math.round((recognised / total) * 100 * f) / f;
}
