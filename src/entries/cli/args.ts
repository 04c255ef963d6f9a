/** Parsed command line of `xhht`. */
export interface CliArgs {
  readonly command: "check" | "rollup" | "help" | "version";
  readonly json: boolean;
  readonly year?: number;
  readonly scope?: string;
  readonly criteria?: string;
  readonly templates?: string;
  /** A province profile (`xhht profile -o`): its confirmed criteria values, column maps and own targets apply. */
  readonly province?: string;
  readonly output?: string;
  readonly by?: "commune" | "district";
  readonly lang: "vi" | "en";
  readonly paths: readonly string[];
}

/** A command line that cannot be run, with the Vietnamese reason. */
export interface CliUsageError {
  readonly message: string;
}

/** Reads `xhht <command> [options] <paths>`; an unknown option or a bad value is a usage error, never a guess. */
export function parseArgs(argv: readonly string[]): CliArgs | CliUsageError {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help" || cmd === "-h") return { command: "help", json: false, lang: "vi", paths: [] };
  if (cmd === "--version" || cmd === "-v") return { command: "version", json: false, lang: "vi", paths: [] };
  if (cmd !== "check" && cmd !== "rollup") return { message: `Lệnh không hợp lệ: "${cmd}". Dùng "xhht check" hoặc "xhht rollup".` };
  let json = false;
  let year: number | undefined;
  let scope: string | undefined;
  let criteria: string | undefined;
  let templates: string | undefined;
  let province: string | undefined;
  let output: string | undefined;
  let by: "commune" | "district" | undefined;
  let lang: "vi" | "en" = "vi";
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[i + 1];
      i += 1;
      return v;
    };
    if (a === "--json") json = true;
    else if (a === "--year") {
      const v = value();
      if (!v || !/^\d{4}$/.test(v)) return { message: `--year cần một năm 4 chữ số (ví dụ --year 2025), nhận được "${v ?? ""}".` };
      year = Number(v);
    } else if (a === "--scope") {
      const v = value();
      if (!v || !/^\d{2}$/.test(v)) return { message: `--scope cần mã tỉnh 2 chữ số (ví dụ --scope 15), nhận được "${v ?? ""}".` };
      scope = v;
    } else if (a === "--criteria") {
      const v = value();
      if (!v) return { message: "--criteria cần đường dẫn tệp tiêu chí (.json)." };
      criteria = v;
    } else if (a === "--province") {
      const v = value();
      if (!v) return { message: "--province cần đường dẫn tệp hồ sơ tỉnh (.json, từ `xhht profile -o`)." };
      province = v;
    } else if (a === "--templates") {
      const v = value();
      if (!v) return { message: "--templates cần đường dẫn tệp biểu mẫu của tỉnh (.json, xuất từ \"Ghép cột\")." };
      templates = v;
    } else if (a === "-o" || a === "--output") {
      const v = value();
      if (!v) return { message: "-o cần tên tệp .xlsx để ghi." };
      output = v;
    } else if (a === "--by") {
      const v = value();
      if (v !== "commune" && v !== "district") return { message: `--by nhận "commune" hoặc "district", không nhận "${v ?? ""}".` };
      by = v;
    } else if (a === "--lang") {
      const v = value();
      if (v !== "vi" && v !== "en") return { message: `--lang nhận "vi" hoặc "en".` };
      lang = v;
    } else if (a.startsWith("-")) return { message: `Tuỳ chọn không biết: "${a}".` };
    else paths.push(a);
  }
  if (paths.length === 0) return { message: `Thiếu tệp hoặc thư mục cần ${cmd === "check" ? "kiểm tra" : "tổng hợp"}.` };
  if (cmd === "rollup" && !output) return { message: "xhht rollup cần -o <tệp kết quả.xlsx>." };
  return { command: cmd, json, lang, paths, ...(year ? { year } : {}), ...(scope ? { scope } : {}), ...(criteria ? { criteria } : {}), ...(templates ? { templates } : {}), ...(province ? { province } : {}), ...(output ? { output } : {}), ...(by ? { by } : {}) };
}

/** The help text printed by `xhht help`. */
export const USAGE = `XHHT — kiểm tra và tổng hợp báo cáo xây dựng xã hội học tập

Cách dùng:
  xhht check [--json] [--year YYYY] [--scope MÃ_TỈNH] [--province HO-SO.json] [--criteria TỆP.json] [--templates BIỂU_MẪU.json] [--lang vi|en] <tệp|thư mục>...
  xhht rollup [--year YYYY] [--by commune|district] [--province HO-SO.json] [--templates BIỂU_MẪU.json] <tệp|thư mục>... -o tong-hop.xlsx
  xhht status [--year YYYY] [--province HO-SO.json] [--json] [-o tinh-hinh.xlsx] <tệp|thư mục>...
  xhht profile [--province HO-SO.json] [-o ho-so-tinh.json]
  xhht trend [--province HO-SO.json] [--json] [-o theo-nam.xlsx] <tệp|thư mục của nhiều năm>...

  --province   hồ sơ tỉnh: giá trị tiêu chí tỉnh đã xác nhận, bản ghép cột và chỉ tiêu của tỉnh được dùng khi kiểm tra
               (--criteria và --templates vẫn được ưu tiên hơn).
  --templates  tệp biểu mẫu của tỉnh (bản "Ghép cột" xuất từ bổ trợ): trang tính có đúng các tiêu đề cột đó
               được kiểm tra theo bản ghép.

Mã thoát (check):
  0 = mọi tệp đã được kiểm tra và không có lỗi
  1 = có lỗi, hoặc có tệp không có trang nào nhận ra biểu mẫu ("Chưa kiểm tra được")
  2 = có tệp không đọc được, hoặc lệnh / tệp tiêu chí / tệp biểu mẫu không hợp lệ

Exit codes (check): 0 = every file checked, no errors; 1 = errors found, or a file with no recognised sheet
("not checked"); 2 = a file could not be read, or a bad command line, criteria file or template file.`;
