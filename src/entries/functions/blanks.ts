// Blank cells reach custom functions as 0 on desktop builds and as null on newer and web builds (OfficeDev/office-js
// issues 4702, 5262, 1951), and no requirement set tells the two apart. A 0 that came from a blank cell is found here
// by asking Excel for the value types of the arguments' cells (invocation.parameterAddresses, CustomFunctionsRuntime 1.3).

/** Reads Excel's valueTypes ("Empty", "Double", …) of each sheet-qualified range address, in one batch. */
export type ValueTypeReader = (addresses: readonly string[]) => Promise<string[][][]>;

const KEY = Symbol.for("xhht.valueTypeReader");
type Holder = { [KEY]?: ValueTypeReader | null };

/** Sets how value types are read (the Excel fake in tests); null restores the default (Excel.run in the shared runtime). */
export function setValueTypeReader(reader: ValueTypeReader | null): void {
  (globalThis as Holder)[KEY] = reader;
}

/** Splits "'Biểu 1'!B3:K3" into the sheet name and the cell part. */
export function splitAddress(address: string): { sheet: string; cells: string } {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  const unquoted = sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, cells: address.slice(bang + 1) };
}

/** The shape of `Excel.run` the reader needs (the real one in the shared runtime, or the Excel fake in tests). */
export type RunBatch = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A value-type reader over `run`: one batch loading `valueTypes` of every address. */
export function valueTypeReaderOver(run: RunBatch): ValueTypeReader {
  return (addresses) =>
    run(async (ctx) => {
      const ranges = addresses.map((a) => {
        const { sheet, cells } = splitAddress(a);
        return ctx.workbook.worksheets.getItem(sheet).getRange(cells).load("valueTypes");
      });
      await ctx.sync();
      return ranges.map((r) => r.valueTypes as string[][]);
    });
}

/** Excel.run in the shared runtime, or null where there is no Excel (nothing to ask). */
function excelReader(): ValueTypeReader | null {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel || typeof excel.run !== "function") return null;
  return valueTypeReaderOver((batch) => excel.run(batch));
}

const hasZero = (v: unknown): boolean => (Array.isArray(v) ? v.some(hasZero) : v === 0);

/** Replaces the cells whose value type is "Empty" with null, cell by cell for a matrix. */
function blankOut(v: unknown, types: string[][]): unknown {
  if (!Array.isArray(v)) return types[0]?.[0] === "Empty" ? null : v;
  return v.map((row: unknown, i) => (Array.isArray(row) ? row.map((x: unknown, j) => (types[i]?.[j] === "Empty" ? null : x)) : types[i]?.[0] === "Empty" ? null : row));
}

/** A cell value that came from a cell but could not be told apart from a blank: every 0 becomes null. */
function zerosUnknown(v: unknown): unknown {
  return Array.isArray(v) ? v.map(zerosUnknown) : v === 0 ? null : v;
}

/**
 * The arguments with every blank cell as null, whatever the build sent: a 0 is checked against the cell's value type
 * when Excel gives the parameters' addresses; literals (no address) and nulls stay as they are. When the check cannot
 * run (value preview, no Excel to ask, Excel busy or refusing) a 0 that came from a cell is taken as unknown (null):
 * the verdict then says "Chưa đủ dữ liệu" instead of judging a blank as a score of 0.
 */
export async function withBlanks(args: readonly unknown[], invocation?: CustomFunctions.Invocation): Promise<unknown[]> {
  const addresses = invocation?.parameterAddresses;
  const ambiguous = args.flatMap((a, i) => (hasZero(a) && addresses?.[i] ? [i] : []));
  if (ambiguous.length === 0 || !addresses) return [...args];
  const unknown = (): unknown[] => {
    const out = [...args];
    for (const i of ambiguous) out[i] = zerosUnknown(args[i]);
    return out;
  };
  const reader = (globalThis as Holder)[KEY] ?? excelReader();
  if (!reader || invocation?.isInValuePreview) return unknown();
  try {
    const types = await reader(ambiguous.map((i) => addresses[i]));
    const out = [...args];
    ambiguous.forEach((i, k) => (out[i] = blankOut(args[i], types[k] ?? [])));
    return out;
  } catch {
    return unknown();
  }
}
