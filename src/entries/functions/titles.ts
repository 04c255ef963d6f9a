import { TITLE_IDS, type TitleId } from "../../core/criteria";

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const NAMES: Record<string, TitleId> = {
  "cong dan hoc tap": "cong-dan",
  "gia dinh hoc tap": "gia-dinh",
  "dong ho hoc tap": "dong-ho",
  "cong dong hoc tap cap thon": "cong-dong-thon",
  thon: "cong-dong-thon",
  "don vi hoc tap": "don-vi-co-so",
  "don vi hoc tap co so": "don-vi-co-so",
  "don vi hoc tap cap huyen": "don-vi-huyen",
  "don vi hoc tap cap tinh": "don-vi-tinh",
  "cong dong hoc tap cap xa": "cong-dong-xa",
  "cong dong hoc tap cap huyen": "cong-dong-huyen",
  "cong dong hoc tap cap tinh": "cong-dong-tinh",
};

/** A title from what an officer types: its id ("gia-dinh") or its Vietnamese name ("Gia đình học tập"). */
export function titleFrom(text: unknown): TitleId | undefined {
  if (typeof text !== "string") return undefined;
  const f = fold(text);
  const id = TITLE_IDS.find((t) => fold(t) === f);
  return id ?? NAMES[f];
}
