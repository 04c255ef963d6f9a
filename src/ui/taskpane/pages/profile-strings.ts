import { useLang } from "../../shared";

const vi = {
  heading: "Hồ sơ tỉnh",
  builtIn: "Đang dùng hồ sơ mặc định của tỉnh Lào Cai (99 xã, phường; chỉ tiêu quốc gia; chưa có giá trị nào được tỉnh xác nhận).",
  current: (name: string, units: number, confirmed: number) => `Đang dùng: ${name} — ${units} đơn vị, ${confirmed} giá trị tiêu chí đã xác nhận.`,
  documents: (docs: string) => `Theo văn bản: ${docs}`,
  maps: (n: number) => `Tệp biểu mẫu của tỉnh: ${n} bản ghép cột, dùng khi đọc các bảng (sau bản ghép lưu trong sổ tính).`,
  load: "Nạp hồ sơ tỉnh",
  loading: "Đang nạp hồ sơ tỉnh…",
  loaded: (name: string) => `Đã nạp hồ sơ tỉnh "${name}"; các giá trị đã xác nhận được dùng khi kiểm tra, xét danh hiệu và trong các hàm.`,
  refused: "Hồ sơ tỉnh không dùng được, không có gì thay đổi:",
  remove: "Bỏ hồ sơ tỉnh",
  removed: "Đã bỏ hồ sơ tỉnh; dùng lại hồ sơ mặc định.",
};

/** The profile section's texts in one language. */
export type ProfileStrings = typeof vi;

const en: ProfileStrings = {
  heading: "Province profile",
  builtIn: "Using the built-in profile of Lào Cai (99 communes and wards; national targets; no value confirmed by the province).",
  current: (name, units, confirmed) => `In use: ${name} — ${units} units, ${confirmed} confirmed criteria values.`,
  documents: (docs) => `Per guidance: ${docs}`,
  maps: (n) => `The province's template file: ${n} column maps, used to read tables (after the maps saved in the workbook).`,
  load: "Load province profile",
  loading: "Loading the province profile…",
  loaded: (name) => `Loaded the province profile "${name}"; its confirmed values apply to checks, titles and functions.`,
  refused: "The province profile cannot be used; nothing changed:",
  remove: "Remove the province profile",
  removed: "Removed the province profile; the built-in one applies again.",
};

/** The profile section's texts in the interface language. */
export function useProfileStrings(): ProfileStrings {
  return useLang() === "en" ? en : vi;
}
