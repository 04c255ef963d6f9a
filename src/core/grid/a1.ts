/** Column letters for a 0-based column index (0 → "A", 26 → "AA"). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for column letters ("A" → 0, "aa" → 26); -1 when the text is not a column. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address for 0-based sheet coordinates (row 0, col 0 → "A1"). */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parses "B12" (or "$B$12") to 0-based coordinates; null when it is not a single-cell A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}

/** A sheet name quoted for use in a formula or link ('Xã Lâm Giang'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
