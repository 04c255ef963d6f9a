/** Why a file could not be read as an .xlsx workbook (lỗi đọc tệp); a stable code, the file, and technical detail. */
export type XlsxErrorCode =
  | "file-empty"
  | "file-too-large"
  | "file-not-zip"
  | "file-corrupt"
  | "file-encrypted"
  | "file-xls"
  | "file-ods"
  | "file-csv"
  | "zip-bomb"
  | "no-sheets";

export interface XlsxError {
  readonly code: XlsxErrorCode;
  readonly fileName: string;
  /** Technical detail for logs (exception text, sizes); never shown as the officer's message. */
  readonly detail?: string;
  /** For file-too-large: which limit was passed. */
  readonly limit?: { readonly kind: "bytes" | "cells"; readonly max: number; readonly actual: number };
}
