import type { TemplateInput } from "../template.schema";

type FieldInput = TemplateInput["fields"][number];

/** STT (số thứ tự): the row number column every template has. */
export const ordinalField: FieldInput = {
  id: "ordinal",
  label: "STT",
  patterns: ["^(stt|tt|so tt|so thu tu)$"],
  type: "ordinal",
};

/** Ghi chú: the free note column. */
export const noteField: FieldInput = { id: "note", label: "Ghi chú", patterns: ["^ghi chu"], type: "text" };

/** Kết quả (Đạt / Không đạt or a level or band) as the officer wrote it. */
export const resultField: FieldInput = {
  id: "result",
  label: "Kết quả",
  patterns: ["^(ket qua|xep loai|danh gia|ket qua danh gia|ket qua xet|de nghi cong nhan|muc do dat)( .*)?$"],
  type: "result",
};

/** Tổng điểm: the written total of points. */
export const totalPointsField: FieldInput = {
  id: "total-points",
  label: "Tổng điểm",
  patterns: ["^tong (so )?diem( .*)?$", "^tong cong diem$"],
  type: "points",
};

/** Thôn / tổ dân phố: the village a person or household belongs to. */
export const villageField: FieldInput = {
  id: "village",
  label: "Thôn / tổ dân phố",
  patterns: ["^(thon|ban|to dan pho|thon ban|thon to dan pho|thon ban to dan pho|thon ban tdp|dia chi|noi o|thon don vi|don vi thon|thon \\/ don vi)( .*)?$"],
  type: "text",
};

/** A Có / Không column. */
export function yesNoField(id: string, label: string, patterns: string[], required = true): FieldInput {
  return { id, label, patterns, type: "boolean", required };
}
