/** Runs of blanks of any kind: spaces, tabs, line breaks, NBSP and the other Unicode spaces. */
const BLANK_RUN = /[\s\u200b]+/g;
/** Anything normalizeText would change besides NFC: a blank other than a lone inner space. */
const NEEDS_WORK = /^[\s\u200b]|[\s\u200b]$|[\s\u200b]{2}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * True when every character is below the combining marks (U+0300) or a precomposed Vietnamese letter (U+1EA0–U+1EF9):
 * such text is already NFC, which spares the normaliser on the names and headers of almost every sheet.
 */
function plainlyNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x1ea0 && c <= 0x1ef9)) return false;
  }
  return true;
}

/** True when the text is in Unicode NFC (dựng sẵn), the form Excel and fonts expect. */
export function isNfc(s: string): boolean {
  return plainlyNfc(s) || s === s.normalize("NFC");
}

/** Cleans cell text: Unicode NFC, trimmed, every run of blanks (NBSP, tabs, line breaks too) as one space. */
export function normalizeText(s: string): string {
  const nfc = plainlyNfc(s) ? s : s.normalize("NFC");
  return NEEDS_WORK.test(nfc) ? nfc.replace(BLANK_RUN, " ").trim() : nfc;
}
