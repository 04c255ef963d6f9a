import { boundedLevenshtein } from "./edit-distance";

describe("bounded edit distance", () => {
  it.each([
    ["lamgiang", "lamgiang", 2, 0],
    ["lamgiag", "lamgiang", 2, 1],
    ["lamgaing", "lamgiang", 2, 2],
    ["kitten", "sitting", 3, 3],
    ["", "abc", 3, 3],
    ["abc", "", 3, 3],
    ["lamgiang", "moVang", 2, 3],
    ["phongduthuong", "lamgiang", 2, 3],
    ["abcdef", "abcdefgh", 1, 2],
  ])("distance from %s to %s within %i is %i (anything beyond is reported as bound + 1)", (a, b, max, d) => {
    expect(boundedLevenshtein(a, b, max)).toBe(d);
  });

  it("agrees with the plain algorithm on every pair of short strings", () => {
    const plain = (a: string, b: string): number => {
      const m = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) m[0][j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) m[i][j] = Math.min(m[i - 1][j] + 1, m[i][j - 1] + 1, m[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return m[a.length][b.length];
    };
    const words = ["", "a", "ab", "ba", "abc", "acb", "xabc", "abcx", "aabbcc", "abcabc", "cab", "bca", "tasilang", "taxilang"];
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2, 3]) {
          const d = plain(a, b);
          expect(boundedLevenshtein(a, b, max)).toBe(d <= max ? d : max + 1);
        }
  });
});
