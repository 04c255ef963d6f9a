import type { CriteriaSet, DateSource } from "../criteria/criteria-set.schema";

type Lang = "vi" | "en";

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const FROM: Record<Lang, Partial<Record<DateSource, string>>> = {
  vi: { "in-force": "ngày có hiệu lực", signed: "ngày ký; chưa đọc được ngày có hiệu lực" },
  en: { "in-force": "entry into force", signed: "signing date; entry into force not read" },
};
const TO: Record<Lang, Partial<Record<DateSource, string>>> = {
  vi: { "next-set": "trước ngày bộ tiêu chí sau có hiệu lực", "district-reform": "cấp huyện không còn từ 01/07/2025" },
  en: { "next-set": "the day before the next set applies", "district-reform": "districts ended on 2025-07-01" },
};

/**
 * A set's period in words, each date with where it comes from, and — for a set carried on past the end its document
 * states — that this is a choice, not the document's word ("Áp dụng từ 01/12/2015 (ngày ký…) đến nay; …").
 */
export function describePeriod(set: CriteriaSet, lang: Lang = "vi"): string {
  const vi = lang === "vi";
  const src = set.period;
  const note = (s: string | undefined) => (s ? ` (${s})` : "");
  const from = set.validFrom ? `${vi ? "từ" : "from"} ${dmy(set.validFrom)}${note(src && FROM[lang][src.fromSource])}` : vi ? "từ ngày chưa rõ" : "from an unknown date";
  const to = set.validTo ? `${vi ? "đến" : "to"} ${dmy(set.validTo)}${note(src && TO[lang][src.toSource])}` : vi ? "đến nay" : "to date";
  const carried =
    src?.statedEnd && (set.validTo === null || set.validTo > src.statedEnd)
      ? vi
        ? `; văn bản ghi áp dụng đến ${dmy(src.statedEnd)}, được tiếp tục áp dụng vì chưa có bộ mới (suy luận, chưa xác nhận)`
        : `; the document states it applies to ${dmy(src.statedEnd)}; carried on because no newer set was found (inferred, unconfirmed)`
      : "";
  return `${vi ? "Áp dụng" : "Applies"} ${from} ${to}${carried}.`;
}
