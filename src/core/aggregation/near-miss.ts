import type { AdminUnit } from "./admin-unit";
import { boundedLevenshtein } from "./edit-distance";
import type { RankContext } from "./match-rank";
import { inUseIn, type IndexEntry } from "./unit-index";
import type { NameParse } from "./unit-key";

const MAX_SUGGESTIONS = 5;
const POOL_LIMIT = 256;

/** Which levels a search covers. */
export type LevelFilter = "commune" | "district" | "any";

/**
 * Edits allowed for a name of this many letters (spaces and type word left out): none below 4, 1 up to 8, 2 up to 14,
 * then 3 — tight enough that "Tổng cộng" is not taken for "Đông Cuông".
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 8) return 1;
  return length <= 14 ? 2 : 3;
}

function suggestible(e: IndexEntry, rc: RankContext, level: LevelFilter): boolean {
  if (level !== "any" && e.unit.level !== level) return false;
  if (rc.period === "after") return e.pool === "current" && e.unit.provinceCode === rc.scope;
  if (e.unit.provinceCode !== rc.scope) return false;
  return rc.year === undefined ? e.pool === "current" : inUseIn(e, rc.year, rc.idx);
}

/** A name that may be suggested, with the set of letters in its loose key as bits. */
interface Candidate {
  readonly entry: IndexEntry;
  readonly letters: number;
}

// Bit per letter a–z, one for digits, one for anything else: a cheap lower bound on the edit distance.
function letterBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bits |= c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
  }
  return bits;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// The names a report may have meant, by length of their loose key, kept per scope so a miss scans only a few lengths.
const pools = new Map<string, Map<number, Candidate[]>>();

function poolFor(rc: RankContext, level: LevelFilter): Map<number, Candidate[]> {
  const key = `${rc.period}|${rc.scope}|${level}|${rc.year ?? ""}`;
  let pool = pools.get(key);
  if (pool === undefined) {
    pool = new Map();
    for (const e of rc.idx.entries) {
      if (!suggestible(e, rc, level)) continue;
      const c: Candidate = { entry: e, letters: letterBits(e.keys.loose) };
      const list = pool.get(e.keys.loose.length);
      if (list === undefined) pool.set(e.keys.loose.length, [c]);
      else list.push(c);
    }
    if (pools.size >= POOL_LIMIT) pools.clear();
    pools.set(key, pool);
  }
  return pool;
}

/** Units of the scope whose name is within a few edits of the written one (closest first), for a "did you mean". */
export function nearMisses(parse: NameParse, rc: RankContext, level: LevelFilter): readonly AdminUnit[] {
  const keys = parse.prefixed === null ? [parse.whole.loose] : [parse.prefixed.loose, parse.whole.loose];
  const pool = poolFor(rc, level);
  let bestDistance = Infinity;
  let found: AdminUnit[] = [];
  for (const k of keys) {
    // The whole text (type word included) is only tried when the name after the type word found nothing.
    if (found.length > 0) break;
    const max = allowedEdits(k.length);
    const letters = letterBits(k);
    for (let len = k.length - max; len <= k.length + max; len++) {
      for (const { entry: e, letters: other } of pool.get(len) ?? []) {
        const bound = Math.min(max, bestDistance);
        // Each edit brings in at most one letter the other name lacks and removes at most one it has.
        if (bitCount(letters & ~other) > bound || bitCount(other & ~letters) > bound) continue;
        const d = boundedLevenshtein(k, e.keys.loose, bound);
        if (d > bound) continue;
        if (d < bestDistance) {
          bestDistance = d;
          found = [e.unit];
        } else if (!found.includes(e.unit)) found.push(e.unit);
      }
    }
  }
  return found.slice(0, MAX_SUGGESTIONS);
}
