import { BUILTIN_SETS } from "../criteria";
import { describePeriod } from "./criteria-period";

const set = (id: string) => BUILTIN_SETS.find((s) => s.id === id)!;

describe("a set's period in words, each date with its source", () => {
  it("a QĐ 448 set starts on its signing date and is carried on past 2020 as an inferred choice", () => {
    expect(describePeriod(set("gia-dinh-448"))).toBe(
      "Áp dụng từ 01/12/2015 (ngày ký; chưa đọc được ngày có hiệu lực) đến nay; văn bản ghi áp dụng đến 31/12/2020, được tiếp tục áp dụng vì chưa có bộ mới (suy luận, chưa xác nhận).",
    );
  });
  it("a district set ends when districts ended; a set replaced by a newer one says so; an unknown start says so", () => {
    expect(describePeriod(set("don-vi-huyen-tt24"))).toBe("Áp dụng từ 26/01/2024 (ngày có hiệu lực) đến 30/06/2025 (cấp huyện không còn từ 01/07/2025).");
    expect(describePeriod(set("don-vi-tinh-tt22"))).toBe("Áp dụng từ ngày chưa rõ đến 25/01/2024 (trước ngày bộ tiêu chí sau có hiệu lực).");
    expect(describePeriod(set("don-vi-tinh-tt24"), "en")).toBe("Applies from 26/01/2024 (entry into force) to date.");
  });
  it("a province's set without a period still gets its dates", () => {
    const { period: _period, ...bare } = set("cong-dan-324");
    expect(describePeriod({ ...bare, validTo: "2026-12-31" })).toBe("Áp dụng từ 25/10/2023 đến 31/12/2026.");
  });
});
