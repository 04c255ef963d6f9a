import type { XlsxProblem } from "./xlsx-error";

const viNumber = (v: string | undefined): string => (v && /^\d+$/.test(v) ? Number(v).toLocaleString("vi-VN") : (v ?? ""));

function whereVi(p: XlsxProblem): string {
  const at = [p.sheet ? `trang tính '${p.sheet}'` : p.part ? `phần '${p.part}'` : "", p.cell ? `ô ${p.cell}` : ""].filter(Boolean).join(", ");
  return at ? ` (ở ${at})` : "";
}

function whereEn(p: XlsxProblem): string {
  const at = [p.sheet ? `sheet '${p.sheet}'` : p.part ? `part '${p.part}'` : "", p.cell ? `cell ${p.cell}` : ""].filter(Boolean).join(", ");
  return at ? ` (in ${at})` : "";
}

/** What was wrong inside a file, in Vietnamese, with where it was found. */
export function problemVi(p: XlsxProblem): string {
  const v = viNumber(p.value);
  const what = ((): string => {
    switch (p.kind) {
      case "row-out-of-range":
        return `có dòng số ${v}, vượt quá giới hạn 1.048.576 dòng của Excel`;
      case "cell-out-of-range":
        return `có ô '${p.value ?? ""}' nằm ngoài giới hạn của Excel (XFD1048576)`;
      case "shared-string-missing":
        return `có ô trỏ tới chuỗi văn bản dùng chung số ${v} nhưng tệp không chứa chuỗi đó (bảng chuỗi bị thiếu hoặc hỏng)`;
      case "text-too-long":
        return `có đoạn văn bản dài ${v} ký tự, vượt quá giới hạn 32.767 ký tự một ô của Excel`;
      case "too-deep":
        return `có cấu trúc XML lồng nhau quá ${v} tầng`;
      case "too-many-merges":
        return "có các vùng ô gộp phủ lên quá nhiều ô có dữ liệu";
      case "dtd":
        return "có khai báo DTD/thực thể XML, điều Excel không bao giờ ghi";
      case "entity":
        return `dùng thực thể XML lạ '${p.value ?? ""}'`;
      case "entry-size-mismatch":
        return "có phần nén khi giải nén lớn hơn kích thước đã khai báo";
      case "token-too-long":
        return `có một đoạn XML dài bất thường (hơn ${v} ký tự liền)`;
      case "xml-broken":
        return "có nội dung XML không đọc được";
      case "part-missing":
        return `thiếu phần '${p.value ?? ""}' của sổ tính`;
    }
  })();
  return `${what}${whereVi(p)}`;
}

/** What was wrong inside a file, in English, with where it was found. */
export function problemEn(p: XlsxProblem): string {
  const what = ((): string => {
    switch (p.kind) {
      case "row-out-of-range":
        return `has row ${p.value ?? ""}, beyond Excel's limit of 1,048,576 rows`;
      case "cell-out-of-range":
        return `has cell '${p.value ?? ""}' beyond Excel's limit (XFD1048576)`;
      case "shared-string-missing":
        return `has a cell pointing to shared string ${p.value ?? ""}, which the file does not contain (the string table is missing or damaged)`;
      case "text-too-long":
        return `has a text of ${p.value ?? ""} characters, beyond Excel's 32,767 per cell`;
      case "too-deep":
        return `has XML nested more than ${p.value ?? ""} levels deep`;
      case "too-many-merges":
        return "has merged areas covering far too many cells with values";
      case "dtd":
        return "has an XML DTD or entity declaration, which Excel never writes";
      case "entity":
        return `uses an unknown XML entity '${p.value ?? ""}'`;
      case "entry-size-mismatch":
        return "has a compressed part that unpacks to more than its declared size";
      case "token-too-long":
        return `has an abnormally long piece of XML (over ${p.value ?? ""} characters in one run)`;
      case "xml-broken":
        return "has XML that cannot be read";
      case "part-missing":
        return `lacks the workbook part '${p.value ?? ""}'`;
    }
  })();
  return `${what}${whereEn(p)}`;
}
