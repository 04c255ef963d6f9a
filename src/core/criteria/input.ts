/** One input value of a subject: a number, a yes/no, or empty. */
export type InputValue = number | boolean | null | undefined;

/**
 * The inputs of one subject (dữ liệu đầu vào) as a plain record: fields by id ("tc1", "households",
 * "recognised-households"; camelCase spellings such as recognisedHouseholds are accepted too), an `items` record by id,
 * or `scores` listing the set's items in order (cong-dan: CS1…CS10).
 */
export interface CriteriaInput {
  readonly scores?: readonly InputValue[];
  readonly items?: Readonly<Record<string, InputValue>>;
  readonly [field: string]: InputValue | readonly InputValue[] | Readonly<Record<string, InputValue>>;
}

const key = (s: string) => s.toLowerCase().replace(/[-_\s.]/g, "");

/** Looks up input values by id, tolerant of case, dashes and camelCase; `order` maps `scores` positions to ids. */
export function inputReader(input: CriteriaInput, order: readonly string[]): (id: string) => InputValue {
  const map = new Map<string, InputValue>();
  const put = (k: string, v: unknown) => {
    if (v === null || v === undefined || typeof v === "number" || typeof v === "boolean") map.set(key(k), v);
  };
  for (const [k, v] of Object.entries(input)) if (k !== "items" && k !== "scores") put(k, v);
  for (const [k, v] of Object.entries(input.items ?? {})) put(k, v);
  (input.scores ?? []).forEach((v, i) => {
    if (i < order.length) put(order[i], v);
  });
  return (id) => map.get(key(id));
}

/** True when a value counts as not given (trống). */
export const isBlank = (v: InputValue): v is null | undefined => v === null || v === undefined;

/** A yes/no input as a boolean; 1 and 0 are accepted; anything else is undefined (invalid). */
export function asYesNo(v: InputValue): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === 1) return true;
  if (v === 0) return false;
  return undefined;
}

/** Parses a yes/no text as officers write it ("Có", "x", "Không", "Đạt"); empty gives null, unknown text undefined. */
export function parseYesNo(v: unknown): boolean | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v !== "string") return undefined;
  const t = v.normalize("NFC").trim().toLowerCase();
  if (t === "") return null;
  if (["có", "co", "x", "1", "đạt", "dat", "yes", "true", "c", "✓", "v"].includes(t)) return true;
  if (["không", "khong", "k", "0", "không đạt", "khong dat", "no", "false", "-"].includes(t)) return false;
  return undefined;
}
