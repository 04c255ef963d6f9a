import { z } from "zod";
import type { Lang } from "../core/messages";
import { placementNote, receiptLabel, statusLabel, UNIT_STATUSES, type StatusFile, type StatusList, type UnitLine } from "../core/status";
import type { SheetSpec, SpecValue } from "../core/templates/sheet-spec";
import { receiptJson, receiptJsonSchema } from "./receipt-json";

const statusEnum = z.enum(["submitted", "errors", "unchecked", "unreadable", "missing"]);
const receiptEnum = receiptJsonSchema.shape.kind;
const fileSchema = z.object({
  path: z.string(),
  status: statusEnum.exclude(["missing"]),
  errors: z.number().int(),
  warnings: z.number().int(),
  year: z.number().int().nullable(),
  unit: z.string().nullable(),
  source: z.enum(["title", "file-name", "assigned"]).nullable(),
  note: z.string().nullable(),
  problem: z.string().nullable(),
  receipt: receiptJsonSchema,
});

/** The schema of `xhht status --json` (version 1), stable for other programs to read. */
export const statusJsonSchema = z.object({
  version: z.literal(1),
  year: z.number().int(),
  province: z.object({ id: z.string(), name: z.string() }),
  units: z.array(z.object({ code: z.string(), name: z.string(), status: statusEnum, files: z.array(fileSchema), receipt: receiptEnum.nullable() })),
  apart: z.array(fileSchema),
  nextDeadline: z.object({ id: z.string(), label: z.string(), date: z.string(), daysLeft: z.number().int(), basis: z.string() }).nullable(),
  summary: z.object({ expected: z.number().int(), submitted: z.number().int(), errors: z.number().int(), unchecked: z.number().int(), unreadable: z.number().int(), missing: z.number().int() }),
});

/** The status JSON document, as its schema infers it. */
export type StatusJson = z.infer<typeof statusJsonSchema>;

// A unit's receipt is its files' least reassuring one.
const RECEIPT_RANK = { unchanged: 0, none: 1, invalid: 2, changed: 3 } as const;

function fileJson(f: StatusFile, lang: Lang): z.infer<typeof fileSchema> {
  const unit = f.placement.kind === "roster" || f.placement.kind === "off-roster" ? f.placement.unit.name : f.placement.kind === "split" ? f.placement.former.name : null;
  return {
    path: f.path,
    status: f.status,
    errors: f.errors,
    warnings: f.warnings,
    year: f.year,
    unit,
    source: f.source ?? null,
    note: placementNote(f.placement, lang),
    problem: f.problem ?? null,
    receipt: receiptJson(f.receipt, lang),
  };
}

function unitReceipt(u: UnitLine): z.infer<typeof receiptEnum> | null {
  if (u.files.length === 0) return null;
  return u.files.map((f) => f.receipt.kind).reduce((a, b) => (RECEIPT_RANK[b] > RECEIPT_RANK[a] ? b : a));
}

const isoOf = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** Builds the `--json` document of a status list, texts in the chosen language. */
export function toStatusJson(list: StatusList, lang: Lang = "vi"): StatusJson {
  const d = list.nextDeadline;
  return {
    version: 1,
    year: list.year,
    province: list.province,
    units: list.units.map((u) => ({ code: u.unit.code, name: u.unit.name, status: u.status, files: u.files.map((f) => fileJson(f, lang)), receipt: unitReceipt(u) })),
    apart: list.apart.map((f) => fileJson(f, lang)),
    nextDeadline: d === null ? null : { id: d.deadline.id, label: d.deadline.label, date: isoOf(d.date), daysLeft: d.daysLeft, basis: d.deadline.basis },
    summary: { ...list.summary },
  };
}

/** Name of the sheet the status list is written to. */
export const STATUS_SHEET = "Tình hình nộp báo cáo";

const HEADER = ["STT", "Mã", "Đơn vị", "Tình trạng", "Số lỗi", "Tệp", "Biên nhận kiểm tra", "Ghi chú"];

/** The status list as a sheet a province officer can send around: title, counts, deadline, one row per unit and file. */
export function statusSheet(list: StatusList, generatedAt: string): SheetSpec {
  const width = HEADER.length;
  const line = (text: string): SpecValue[] => [text, ...new Array<SpecValue>(width - 1).fill(null)];
  const s = list.summary;
  const d = list.nextDeadline;
  const rows: SpecValue[][] = [
    line(`TÌNH HÌNH NỘP BÁO CÁO XÂY DỰNG XÃ HỘI HỌC TẬP NĂM ${list.year} — ${list.province.name.toUpperCase()}`),
    line(`Lập lúc ${generatedAt}. Phải nộp: ${s.expected}; ${UNIT_STATUSES.map((k) => `${statusLabel(k).toLowerCase()}: ${s[k]}`).join("; ")}.`),
    line(d === null ? "Đã qua mọi hạn nộp của năm." : `Hạn gần nhất: ${d.deadline.label}, ${String(d.date.day).padStart(2, "0")}/${String(d.date.month).padStart(2, "0")}/${d.date.year} (còn ${d.daysLeft} ngày; ${d.deadline.basis}).`),
    line(""),
    HEADER,
  ];
  let n = 0;
  const fileRow = (no: number | null, code: string | null, name: string, f: StatusFile | null, status: string): SpecValue[] => [
    no,
    code,
    name,
    status,
    f === null ? null : f.errors,
    f === null ? null : f.path,
    f === null ? null : receiptLabel(f.receipt),
    f === null ? null : [placementNote(f.placement), f.problem ?? null].filter((x) => x !== null).join("; ") || null,
  ];
  for (const u of list.units) {
    n += 1;
    if (u.files.length === 0) rows.push(fileRow(n, u.unit.code, u.unit.name, null, statusLabel(u.status)));
    u.files.forEach((f, i) => rows.push(fileRow(i === 0 ? n : null, i === 0 ? u.unit.code : null, i === 0 ? u.unit.name : "", f, statusLabel(i === 0 ? u.status : f.status))));
  }
  if (list.apart.length) {
    rows.push(line(""), line("Tệp ngoài danh sách đơn vị (cần xem và chọn đơn vị):"));
    for (const f of list.apart) rows.push(fileRow(null, null, fileJson(f, "vi").unit ?? "—", f, statusLabel(f.status)));
  }
  return {
    name: STATUS_SHEET,
    rows,
    merges: [],
    rowStyles: { 0: "title", 1: "subtitle", 2: "subtitle", 4: "header" },
    numberFormats: [],
    validations: [],
    columnWidths: [6, 8, 28, 22, 8, 36, 48, 48],
    freezeRows: 5,
  };
}
