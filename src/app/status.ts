import { unitWordsFromFileName, type StatusInput } from "../core/status";
import type { FileCheck } from "./check-files";

/** What the status list needs of one checked file: its report or problem, its unit clues and its receipt. */
export function statusInputOf(c: FileCheck): StatusInput {
  return {
    path: c.path,
    ...(c.report ? { report: c.report } : {}),
    ...(c.error ? { problem: c.error.message } : {}),
    titleUnit: c.titleUnit ?? null,
    fileNameWords: unitWordsFromFileName(c.path),
    receipt: c.receipt ?? { kind: "none" },
  };
}
