import { changeText } from "./trend";

describe("notable changes in words", () => {
  const c = { code: "recognised-fell" as const, unit: { code: "04381", name: "Xã Lâm Giang" }, group: "gia-dinh", from: { year: 2023, value: 600 }, to: { year: 2024, value: 550 } };
  it("says them in Vietnamese, and in English when asked", () => {
    expect(changeText(c)).toBe("Xã Lâm Giang, Gia đình học tập: số được công nhận giảm từ 600 (2023) xuống 550 (2024)");
    expect(changeText({ ...c, code: "total-jumped", to: { year: 2024, value: 900 } })).toBe("Xã Lâm Giang, Gia đình học tập: tổng số thay đổi mạnh từ 600 (2023) lên 900 (2024)");
    expect(changeText(c, "en")).toBe("Xã Lâm Giang, Gia đình học tập: recognised fell from 600 (2023) to 550 (2024)");
  });
});
