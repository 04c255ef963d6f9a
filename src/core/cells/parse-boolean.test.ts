import { parseBoolean } from "./parse-boolean";

describe("parseBoolean (có/không)", () => {
  it.each(["Có", "có", "CÓ", "co", "Co", " có ", "có".normalize("NFD"), "c", "C", "x", "X", " x ", "✓", "✔", "☑", "yes", "Y", "TRUE", "true", "1"])(
    "reads %p as yes",
    (text) => {
      expect(parseBoolean(text)).toEqual({ ok: true, value: true });
    },
  );
  it.each(["không", "Không", "KHÔNG", "khong", "Khong", "k h ô n g", "k", "K", "ko", "KO", "0", "no", "N", "false", "FALSE", "✗", "✘", "-", " - "])(
    "reads %p as no",
    (text) => {
      expect(parseBoolean(text)).toEqual({ ok: true, value: false });
    },
  );
  it.each(["Đạt", "Không đạt", "đúng", "2", "xx", "có không", "v", "?", "a very long sentence that is not a yes/no word"])(
    "does not take %p as yes/no",
    (text) => {
      expect(parseBoolean(text)).toEqual({ ok: false, reason: "not-a-boolean" });
    },
  );
  it("reads TRUE/FALSE and 1/0 cells", () => {
    expect(parseBoolean(true)).toEqual({ ok: true, value: true });
    expect(parseBoolean(false)).toEqual({ ok: true, value: false });
    expect(parseBoolean(1)).toEqual({ ok: true, value: true });
    expect(parseBoolean(0)).toEqual({ ok: true, value: false });
    expect(parseBoolean(2)).toEqual({ ok: false, reason: "not-a-boolean" });
    expect(parseBoolean(NaN)).toEqual({ ok: false, reason: "not-a-boolean" });
  });
  it("reads blanks as empty and an Excel error as excel-error", () => {
    expect(parseBoolean(null)).toEqual({ ok: false, reason: "empty" });
    expect(parseBoolean(" \u00a0")).toEqual({ ok: false, reason: "empty" });
    expect(parseBoolean({ error: "#N/A" })).toEqual({ ok: false, reason: "excel-error" });
  });
});
