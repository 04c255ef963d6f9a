import type { z } from "zod";

const TYPE_VI: Record<string, string> = {
  number: "số",
  string: "chữ",
  boolean: "đúng/sai",
  object: "một đối tượng",
  array: "một danh sách",
};

const SKIP = new Set(["rule", "groups", "items", "criteria", "conditions", "levels", "targets"]);

/**
 * A readable path of a zod issue inside a set: list indexes are replaced by the element's id, container names and a
 * trailing ".value" are dropped, so a bad item maximum reads "tc3.max" as the sheet and the files name it.
 */
export function readablePath(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (const key of path) {
    const next = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const id = next !== null && typeof next === "object" ? (next as Record<string, unknown>).id : undefined;
      parts.push(typeof id === "string" ? id : `[${key + 1}]`);
    } else if (!SKIP.has(String(key))) parts.push(String(key));
    node = next;
  }
  if (parts.length > 1 && parts[parts.length - 1] === "value") parts.pop();
  return parts.join(".").replace(/\.\[/g, "[");
}

/** The Vietnamese text of one zod issue, without its place. */
export function zodIssueVi(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "bị thiếu" : `phải là ${TYPE_VI[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "number") return `phải là số ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`;
      if (issue.origin === "array") return `phải có ít nhất ${String(issue.minimum)} phần tử`;
      return "không được để trống";
    case "too_big":
      return issue.origin === "number" ? `phải là số ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}` : `quá dài (tối đa ${String(issue.maximum)})`;
    case "invalid_value":
      return `phải là một trong: ${issue.values.map((v) => String(v)).join(", ")}`;
    case "invalid_format":
      return issue.format === "date" ? "phải là ngày dạng yyyy-mm-dd" : "sai định dạng (chỉ chữ thường không dấu, số và dấu gạch ngang)";
    case "unrecognized_keys":
      return `có khóa không được biết: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "không đúng loại nào được phép (kiểm tra trường kind/type)";
    default:
      return "không hợp lệ";
  }
}

/** Vietnamese messages for every issue of a failed parse: "Bộ tiêu chí 'gia-dinh-448', mục tc3.max: phải là số ≥ 0". */
export function zodErrorsVi(error: z.ZodError, input: unknown, prefix: string): string[] {
  return error.issues.map((i) => {
    const where = readablePath(i.path, input);
    return where ? `${prefix}, mục ${where}: ${zodIssueVi(i)}` : `${prefix}: ${zodIssueVi(i)}`;
  });
}
