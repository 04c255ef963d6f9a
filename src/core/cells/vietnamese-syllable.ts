/** Tone marks of Vietnamese in NFD: grave, acute, tilde, hook above, dot below. */
const TONES = "\u0300\u0301\u0303\u0309\u0323";
const VOWELS = "aăâeêioôơuưy";
const CONSONANTS = "bcdđghklmnpqrstvx";
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", ..."bcdđghklmnprstvx"];
const CODAS = new Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]);
const STOPS = new Set(["c", "ch", "p", "t"]);

type Coda = "any" | "coda" | "open";
type ClusterRule = { readonly coda: Coda; readonly tone: readonly number[] };

function rules(clusters: readonly string[], coda: Coda, tone: readonly number[]): [string, ClusterRule][] {
  return clusters.map((c) => [c, { coda, tone }]);
}

/** Vowel clusters: whether a final consonant may ("any"), must ("coda") or may not ("open") follow, and which vowels may carry the tone. */
const CLUSTERS: ReadonlyMap<string, ClusterRule> = new Map([
  ...rules([..."aeêioôơuưy"], "any", [0]),
  ...rules(["ă", "â"], "coda", [0]),
  ...rules(["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu"], "open", [0]),
  ...rules(["oa", "oe", "uy"], "any", [0, 1]),
  ...rules(["uê"], "any", [1]),
  ...rules(["uơ"], "open", [1]),
  ...rules(["iê", "yê", "oă", "oo", "uâ", "uô", "ươ"], "coda", [1]),
  ...rules(["oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu"], "open", [1]),
  ...rules(["uyê"], "coda", [2]),
]);

/** Each lowercase Vietnamese letter with its tone split off: "ộ" → ["ô", "\u0323"]. */
const LETTERS: ReadonlyMap<string, readonly [base: string, tone: string]> = buildLetters();

function buildLetters(): Map<string, readonly [string, string]> {
  const map = new Map<string, readonly [string, string]>();
  for (const c of CONSONANTS) map.set(c, [c, ""]);
  for (const v of VOWELS) {
    map.set(v, [v, ""]);
    for (const t of TONES) map.set((v + t).normalize("NFC"), [v, t]);
  }
  return map;
}

/** True for a character that is a letter of the Vietnamese alphabet, in either case, with or without a tone. */
export function isVietnameseLetter(ch: string): boolean {
  return LETTERS.has(ch.toLowerCase());
}

/**
 * True when a word is a well-formed Vietnamese syllable (âm tiết): onset, a known vowel cluster with its tone on an
 * allowed vowel, an allowed final consonant, and only sắc/nặng before c, ch, p, t; a word of consonants alone counts
 * as an abbreviation ("CĐHT").
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.toLowerCase();
  let bases = "";
  let tone = "";
  let tonePos = -1;
  let vowels = 0;
  for (const ch of lower) {
    const l = LETTERS.get(ch);
    if (!l) return false;
    if (l[1] !== "") {
      if (tone !== "") return false;
      tone = l[1];
      tonePos = bases.length;
    }
    if (VOWELS.includes(l[0])) vowels++;
    bases += l[0];
  }
  if (bases === "") return false;
  if (vowels === 0) return tone === "" && bases.length <= 6;
  let onset = "";
  for (const o of ONSETS) {
    if (bases.startsWith(o)) {
      onset = o;
      break;
    }
  }
  // "gì", "gìn": the i of "gi" is the vowel when nothing else is.
  if ((onset === "gi" || onset === "qu") && !hasVowel(bases.slice(2))) onset = onset === "gi" ? "g" : "";
  if (onset === "" && !VOWELS.includes(bases[0])) return false;
  let end = onset.length;
  while (end < bases.length && VOWELS.includes(bases[end])) end++;
  const cluster = bases.slice(onset.length, end);
  const coda = bases.slice(end);
  const rule = CLUSTERS.get(cluster);
  if (!rule || !CODAS.has(coda)) return false;
  if ((rule.coda === "open" && coda !== "") || (rule.coda === "coda" && coda === "")) return false;
  if (STOPS.has(coda) && tone !== "" && tone !== "\u0301" && tone !== "\u0323") return false;
  return tone === "" || rule.tone.includes(tonePos - onset.length);
}

function hasVowel(s: string): boolean {
  for (const ch of s) if (VOWELS.includes(ch)) return true;
  return false;
}
