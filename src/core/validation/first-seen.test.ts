import fc from "fast-check";
import { FirstSeen, fnv1a } from "./first-seen";

describe("FirstSeen (nơi gặp đầu tiên)", () => {
  it("gives the first row of a key seen again, and undefined for a new key", () => {
    const seen = new FirstSeen();
    expect(seen.firstOrAdd("xa lam giang", 4)).toBeUndefined();
    expect(seen.firstOrAdd("xa an binh", 5)).toBeUndefined();
    expect(seen.firstOrAdd("xa lam giang", 9)).toBe(4);
    expect(seen.firstOrAdd("xa lam giang", 12)).toBe(4);
    expect(seen.firstOrAdd("", 13)).toBeUndefined();
    expect(seen.firstOrAdd("", 14)).toBe(13);
    expect(seen.size).toBe(3);
  });

  it("agrees with a Map on any keys, through many growths and hash collisions", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("a", "b", "thon 1", "Aa", "BB")), { maxLength: 3000 }), (keys) => {
        const seen = new FirstSeen();
        const map = new Map<string, number>();
        keys.forEach((k, row) => {
          const expected = map.get(k);
          if (expected === undefined) map.set(k, row);
          expect(seen.firstOrAdd(k, row)).toBe(expected);
        });
        expect(seen.size).toBe(map.size);
      }),
      { numRuns: 50 },
    );
  });

  it("keeps 100,000 distinct names apart", () => {
    const seen = new FirstSeen();
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (seen.firstOrAdd(`thon ${i}`, i) !== undefined) wrong += 1;
    for (let i = 0; i < 100_000; i += 7) if (seen.firstOrAdd(`thon ${i}`, -1) !== i) wrong += 1;
    expect(wrong).toBe(0);
    expect(seen.size).toBe(100_000);
  });

  it("hashes by FNV-1a", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
});
