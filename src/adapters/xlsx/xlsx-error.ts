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
  | "no-sheets"
  /** Built in a way no spreadsheet program writes and refused for safety (beyond Excel's limits, DTDs, …). */
  | "file-unsafe";

/** What exactly was wrong inside the file, for the officer's message (what and where). */
export type XlsxProblemKind =
  | "row-out-of-range"
  | "cell-out-of-range"
  | "shared-string-missing"
  | "text-too-long"
  | "too-deep"
  | "too-many-merges"
  | "dtd"
  | "entity"
  | "entry-size-mismatch"
  | "token-too-long"
  | "xml-broken"
  | "part-missing";

export interface XlsxProblem {
  readonly kind: XlsxProblemKind;
  /** The offending value (a row number, a reference, a length, an index), when there is one. */
  readonly value?: string;
  /** Where: the sheet's name, or the package part when the problem is not inside a sheet. */
  readonly sheet?: string;
  readonly part?: string;
  /** The cell's A1 address, when known. */
  readonly cell?: string;
}

export interface XlsxError {
  readonly code: XlsxErrorCode;
  readonly fileName: string;
  /** Technical detail for logs (exception text, sizes); never shown as the officer's message. */
  readonly detail?: string;
  /** For file-too-large: which limit was passed, and by how much when known (reading stops at the limit, uncounted). */
  readonly limit?: { readonly kind: "bytes" | "cells"; readonly max: number; readonly actual?: number };
  /** For file-corrupt and file-unsafe found while reading: what was wrong and where. */
  readonly problem?: XlsxProblem;
}
