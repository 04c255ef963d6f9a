let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance of two strings, or `max + 1` as soon as it is certain to be more than `max` (banded, early exit). */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  const lb = b.length;
  if (prevRow.length <= lb + 1) {
    prevRow = new Int32Array(lb + 2);
    curRow = new Int32Array(lb + 2);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : over;
  prev[lb + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(lb, i + max);
    cur[0] = i <= max ? i : over;
    if (lo > 1) cur[lo - 1] = over;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
      cur[j] = v > over ? over : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (hi < lb) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] > max ? over : prev[lb];
}
