import { fingerprintGrid, fnv1a64 } from "./fingerprint";

describe("fingerprint of checked data", () => {
  it.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
  ])("hashes %p like the FNV-1a 64 reference", (text, hex) => {
    expect(fnv1a64(text)).toBe(hex);
  });

  it("tells 1 from '1', and changes when one cell changes", () => {
    const g = (v: number | string) => ({ sheetName: "Xã A", origin: { row: 0, col: 0 }, values: [["Thôn 1", v]] });
    expect(fingerprintGrid(g(1))).not.toBe(fingerprintGrid(g("1")));
    expect(fingerprintGrid(g(1))).toBe(fingerprintGrid(g(1)));
    expect(fingerprintGrid(g(1))).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });
});
