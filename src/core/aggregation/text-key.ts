/** A comparison key for Vietnamese text: lowercase, no diacritics, đ → d, single spaces, trimmed. */
export function textKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/\s+/g, " ")
    .trim();
}
