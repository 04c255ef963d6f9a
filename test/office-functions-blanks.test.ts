// Blank cells reach the custom functions as 0 (desktop), null (web and newer builds) or "" — each must read as
// missing data ("Chưa đủ dữ liệu"), never as a score of 0 or "Không"; a 0 typed in a cell stays 0.
import { createFakeExcel, type FakeExcel } from "./excel-fake";
import { excelCall, type ArgSource, type BlankAs } from "./excel-fake/function-args";

class FakeCfError extends Error {}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCfError, ErrorCode: { invalidValue: "#VALUE!" } };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the fake global must exist before the module loads
const fns = require("../src/entries/functions/functions") as typeof import("../src/entries/functions/functions");

type Fn = (...args: never[]) => Promise<unknown>;
const S = "'Biểu xét'";
const ref = (cells: string): ArgSource => ({ ref: `${S}!${cells}` });
const year: ArgSource = { literal: 2024 };

function workbook(): FakeExcel {
  const fx = createFakeExcel();
  const s = fx.model.addSheet("Biểu xét");
  s.setRows(0, 0, [
    [9, 9, 9, 9, 9, "", 9, 9, 9, 9], // CS6 blank
    [25, 25, 15, ""], // TC4 blank
    [100, 80, "", "Không"], // quỹ khuyến học blank
    [30, 30, ""], // c3 blank
    ["", 10], // recognised blank
    [25, 25, 15, 0], // a real 0
  ]);
  // The functions' own Excel.run reader, run against the fake's Excel.
  fns.setValueTypeReader(fns.valueTypeReaderOver(fx.run));
  return fx;
}

async function call(fx: FakeExcel, fn: Fn, sources: ArgSource[], blank: BlankAs): Promise<unknown> {
  const { args, invocation } = excelCall(fx.model, sources, blank);
  return (fn as (...a: unknown[]) => Promise<unknown>)(...args, ...Array(Math.max(0, fn.length - args.length - 1)).fill(undefined), invocation);
}

afterEach(() => fns.setValueTypeReader(null));

describe.each<BlankAs>([0, null, ""])("a blank cell sent as %p", (blank) => {
  it("CONGDAN, GIADINH, DONGHO and DONVI say Chưa đủ dữ liệu", async () => {
    const fx = workbook();
    expect(await call(fx, fns.CONGDAN, [ref("A1:J1"), year], blank)).toBe("Chưa đủ dữ liệu: thiếu CS6");
    expect(await call(fx, fns.GIADINH, [ref("A2"), ref("B2"), ref("C2"), ref("D2"), year], blank)).toMatch(/^Chưa đủ dữ liệu/);
    expect(await call(fx, fns.DONGHO, [ref("A3"), ref("B3"), ref("C3"), ref("D3"), year], blank)).toMatch(/^Chưa đủ dữ liệu/);
    expect(await call(fx, fns.DONVI, [ref("A4"), ref("B4"), ref("C4"), { literal: 2022 }, { literal: "huyện" }], blank)).toBe("Chưa đủ dữ liệu: thiếu TC3 (có giá trị chưa xác nhận)");
  });

  it("LYDO does not blame a blank score as 0 points, and TYLE of a blank count is empty, not 0 %", async () => {
    const fx = workbook();
    expect(await call(fx, fns.LYDO, [{ literal: "cong-dan" }, ref("A1:J1"), year], blank)).not.toMatch(/0 điểm/);
    expect(await call(fx, fns.TYLE, [ref("A5"), ref("B5")], blank)).toBe("");
  });
});

describe("a 0 typed into a cell", () => {
  it("stays a score of 0 on every build", async () => {
    const fx = workbook();
    expect(await call(fx, fns.GIADINH, [ref("A6"), ref("B6"), ref("C6"), ref("D6"), year], 0)).toMatch(/^Không đạt/);
    expect(await call(fx, fns.GIADINH, [ref("A6"), ref("B6"), ref("C6"), ref("D6"), year], null)).toMatch(/^Không đạt/);
  });

  it("a literal 0 (no cell behind it) is a 0", async () => {
    const fx = workbook();
    expect(await call(fx, fns.TYLE, [{ literal: 0 }, { literal: 10 }], 0)).toBe(0);
  });
});

describe("when Excel cannot say whether a 0 came from a blank cell", () => {
  const desktopCall = (fx: FakeExcel, preview: boolean) => {
    const { args, invocation } = excelCall(fx.model, [ref("A2"), ref("B2"), ref("C2"), ref("D2"), year], 0);
    return fns.GIADINH(...(args as [number, number, number, number, number]), { ...invocation, isInValuePreview: preview } as unknown as CustomFunctions.Invocation);
  };

  it("a refused value-type read gives Chưa đủ dữ liệu, never a verdict on a score of 0", async () => {
    const fx = workbook();
    fns.setValueTypeReader(async () => {
      throw new Error("Excel is busy");
    });
    await expect(desktopCall(fx, false)).resolves.toMatch(/^Chưa đủ dữ liệu/);
  });

  it("in a value preview (no read allowed) a 0 from a cell is not judged either", async () => {
    const fx = workbook();
    await expect(desktopCall(fx, true)).resolves.toMatch(/^Chưa đủ dữ liệu/);
  });
});
