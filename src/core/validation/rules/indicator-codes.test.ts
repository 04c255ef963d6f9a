import { BUILTIN_SETS } from "../../criteria";
import { indicatorCodes, isCriterionCode, rowCode } from "./indicator-codes";

describe("indicator codes of the commune table", () => {
  it("numbers the TT 25 set's checklist items as the dossier does, each onto its item id and first level", () => {
    const codes = indicatorCodes(BUILTIN_SETS.find((s) => s.id === "cong-dong-xa-tt25")!)!;
    expect(codes.items.map((e) => `${e.code}=${e.id}`)).toEqual([
      "1.1=tc1-tuyen-truyen",
      "1.2=tc1-chuong-trinh",
      "1.3=tc1-tuan-le",
      "2.1=tc2-kinh-phi",
      "2.2=tc2-xa-hoi-hoa",
      "2.3=tc2-phoi-hop",
      "3.1=tc3-hieu-qua",
      "4.1=tc4-muc-1",
      "4.2=tc4-muc-2",
      "5.1=tc5-muc-1",
      "5.2=tc5-muc-2",
    ]);
    expect(codes.byCode.get("4.2")?.levelLabel).toBe("Mức độ 2");
    expect(codes.byCode.get("tc2-kinh-phi")?.code).toBe("2.1");
    expect([...codes.criteria.keys()]).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("gives no codes for a points set", () => {
    expect(indicatorCodes(BUILTIN_SETS.find((s) => s.rule.kind === "points")!)).toBeNull();
  });

  it("reads a row's code as officers write it", () => {
    expect(rowCode(1.1, "")).toBe("1.1");
    expect(rowCode("1.1.", "")).toBe("1.1");
    expect(rowCode("2,3", "")).toBe("2.3");
    expect(rowCode(" II ", "")).toBe("2");
    expect(rowCode("Chỉ số 1.1", "")).toBe("1.1");
    expect(rowCode("Tiêu chí III", "")).toBe("3");
    expect(rowCode("tc2-kinh-phi", "")).toBe("tc2-kinh-phi");
    expect(rowCode(null, "1.2. Có chương trình")).toBe("1.2");
    expect(rowCode("", "Tiêu chí 4: Kết quả phổ cập")).toBe("4");
    expect(rowCode(null, "Tiêu chí IV")).toBe("4");
    expect(rowCode(null, "Ghi chú: các chỉ số do tỉnh bổ sung")).toBeNull();
    expect(rowCode("a", "")).toBe("a");
  });

  it("tells a criterion heading from an indicator", () => {
    expect(isCriterionCode("3")).toBe(true);
    expect(isCriterionCode("3.1")).toBe(false);
  });
});
