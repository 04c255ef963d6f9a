/** Runs of blanks of any kind: spaces, tabs, line breaks, NBSP and the other Unicode spaces. */
const BLANK_RUN = /[\s\u200b]+/g;
/** Anything normalizeText would change besides NFC: a blank other than a lone inner space. */
const NEEDS_WORK = /^[\s\u200b]|[\s\u200b]$|[\s\u200b]{2}|[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** True when the text is in Unicode NFC (dựng sẵn), the form Excel and fonts expect. */
export function isNfc(s: string): boolean {
  return s === s.normalize("NFC");
}

/** Cleans cell text: Unicode NFC, trimmed, every run of blanks (NBSP, tabs, line breaks too) as one space. */
export function normalizeText(s: string): string {
  const nfc = s.normalize("NFC");
  return NEEDS_WORK.test(nfc) ? nfc.replace(BLANK_RUN, " ").trim() : nfc;
}
