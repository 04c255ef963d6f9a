import type { Lang } from "../../../core/messages";
import { useLang } from "../../shared";

const vi = {
  heading: "Tình hình nộp báo cáo",
  profile: (name: string, builtIn: boolean) => `Hồ sơ tỉnh: ${name}${builtIn ? " (mặc định)" : ""}`,
  loadProfile: "Nạp hồ sơ tỉnh (.json)",
  profileRefused: "Hồ sơ tỉnh không dùng được, vẫn giữ hồ sơ cũ:",
  year: "Năm báo cáo",
  deadline: (label: string, date: string, days: number) => `Hạn gần nhất: ${label}, ${date} — còn ${days} ngày`,
  noDeadline: "Đã qua mọi hạn nộp của năm.",
  summary: (n: number) => `Phải nộp: ${n} đơn vị`,
  all: "Tất cả",
  code: "Mã",
  unit: "Đơn vị",
  status: "Tình trạng",
  files: "Tệp",
  receipt: "Biên nhận kiểm tra",
  note: "Ghi chú",
  apart: "Tệp chưa xếp vào đơn vị trong danh sách",
  assign: "Chọn đơn vị",
  assignFor: (file: string) => `Chọn đơn vị cho tệp ${file}`,
  export: "Xuất danh sách (.xlsx)",
  noRoster: (year: number) => `Hồ sơ tỉnh không có danh sách đơn vị cho năm ${year}.`,
  byTitle: "tên trong dòng tiêu đề",
  byFileName: "theo tên tệp",
  byOfficer: "cán bộ chọn",
  trendHeading: (years: readonly number[]) => `Theo năm (${years.join(", ")}) so với chỉ tiêu`,
  changes: "Thay đổi đáng chú ý (thông tin, không phải lỗi):",
  split: (year: number, name: string) => `${year}: ${name} đã chia cho nhiều xã, phường mới; số liệu để riêng, không tự chia.`,
};

/** The panel's texts in one language. */
export type ProvinceStrings = typeof vi;

const en: ProvinceStrings = {
  heading: "Who has reported",
  profile: (name, builtIn) => `Province profile: ${name}${builtIn ? " (built-in)" : ""}`,
  loadProfile: "Load province profile (.json)",
  profileRefused: "The province profile cannot be used; the previous one is kept:",
  year: "Report year",
  deadline: (label, date, days) => `Next deadline: ${label}, ${date} — ${days} days left`,
  noDeadline: "Every deadline of the year has passed.",
  summary: (n) => `Expected: ${n} units`,
  all: "All",
  code: "Code",
  unit: "Unit",
  status: "Status",
  files: "Files",
  receipt: "Check receipt",
  note: "Note",
  apart: "Files not placed on the roster",
  assign: "Choose the unit",
  assignFor: (file) => `Choose the unit of ${file}`,
  export: "Export the list (.xlsx)",
  noRoster: (year) => `The province profile has no roster for ${year}.`,
  byTitle: "name in the title lines",
  byFileName: "from the file name",
  byOfficer: "chosen by the officer",
  trendHeading: (years) => `Year over year (${years.join(", ")}) against the targets`,
  changes: "Notable changes (information, not errors):",
  split: (year, name) => `${year}: ${name} was split between new communes; its numbers are kept apart, never divided.`,
};

const BY_LANG: Record<Lang, ProvinceStrings> = { vi, en };

/** The panel's texts in the interface language (Vietnamese first). */
export function useProvinceStrings(): ProvinceStrings {
  return BY_LANG[useLang()];
}
