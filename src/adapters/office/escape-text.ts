/**
 * Text Excel would not keep as typed when written to `values` of a General cell: a leading = + - @ makes a formula,
 * and text that looks like a number, percent, date or boolean is converted. Such text is written with the text
 * number format "@" set first — the robust way: an apostrophe prefix is not honoured by the API, and `="…"` would
 * leave a formula where the officer expects text.
 */
export function needsTextFormat(s: string): boolean {
  const t = s.trim();
  if (/^[=+\-@]/.test(s)) return true;
  if (/^(true|false|đúng|sai)$/i.test(t)) return true;
  if (/^[-+]?[\d.,\s]*\d[\d.,\s]*%?$/.test(t)) return true;
  return /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(t);
}
