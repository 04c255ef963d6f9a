import { unitKindsOf, unitTitleOfLevel } from "./unit-level";

describe("a learning unit's level and kind, as officers write them", () => {
  it.each([
    ["Cơ sở", "don-vi-co-so"],
    ["xã", "don-vi-co-so"],
    ["Cấp xã", "don-vi-co-so"],
    ["Phường", "don-vi-co-so"],
    ["Huyện", "don-vi-huyen"],
    ["cấp huyện", "don-vi-huyen"],
    ["Tỉnh", "don-vi-tinh"],
    ["", null],
    ["trung ương", null],
  ])("%p → %p", (text, title) => {
    expect(unitTitleOfLevel(text)).toBe(title);
  });

  it.each([
    ["Trường học", ["education"]],
    ["Trường Mầm non", ["education"]],
    ["Cơ quan nhà nước", ["state-body"]],
    ["UBND xã", ["state-body"]],
    ["Doanh nghiệp", ["enterprise"]],
    ["Hợp tác xã", ["enterprise"]],
    ["Đơn vị sự nghiệp", ["other"]],
    ["", undefined],
    ["khác", undefined],
  ])("%p → %p (unknown kinds stay unknown, so nothing is guessed inapplicable)", (text, kinds) => {
    expect(unitKindsOf(text)).toEqual(kinds);
  });
});
