/**
 * VNI Windows (VNI-Times fonts), as Excel shows it when the bytes are read as Latin-1: a vowel is its ASCII base
 * letter followed by one mark code; a few letters take one code of their own. Marks are listed in lower case; the
 * same code in upper case (VNI's form after a capital) means the same mark.
 */
export const VNI_MARKS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  a: { "â": "â", "ê": "ă", "ø": "à", "ù": "á", "û": "ả", "õ": "ã", "ï": "ạ", "à": "ầ", "á": "ấ", "å": "ẩ", "ã": "ẫ", "ä": "ậ", "è": "ằ", "é": "ắ", "ú": "ẳ", "ü": "ẵ", "ë": "ặ" },
  e: { "â": "ê", "ø": "è", "ù": "é", "û": "ẻ", "õ": "ẽ", "ï": "ẹ", "à": "ề", "á": "ế", "å": "ể", "ã": "ễ", "ä": "ệ" },
  o: { "â": "ô", "ø": "ò", "ù": "ó", "û": "ỏ", "õ": "õ", "ï": "ọ", "à": "ồ", "á": "ố", "å": "ổ", "ã": "ỗ", "ä": "ộ" },
  u: { "ø": "ù", "ù": "ú", "û": "ủ", "õ": "ũ", "ï": "ụ" },
  y: { "ø": "ỳ", "ù": "ý", "û": "ỷ", "õ": "ỹ" },
  "ơ": { "ø": "ờ", "ù": "ớ", "û": "ở", "õ": "ỡ", "ï": "ợ" },
  "ư": { "ø": "ừ", "ù": "ứ", "û": "ử", "õ": "ữ", "ï": "ự" },
};

/** VNI letters written with a single code (lower case; the upper-case code gives the capital). */
export const VNI_SINGLES: Readonly<Record<string, string>> = {
  "æ": "ỉ", "ì": "ì", "í": "í", "î": "ỵ", "ñ": "đ", "ò": "ị", "ó": "ĩ", "ô": "ơ", "ö": "ư",
};
