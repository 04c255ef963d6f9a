import type { Verdict } from "../../criteria";
import type { Detection } from "../../templates/detect";
import type { ReadCell } from "../read-cell";
import type { IssueSink } from "../sink";

/**
 * Years a recognition is kept (criteria.md: titles under the MOET circulars, TT 24/2023 and TT 25/2023, are kept for
 * three years after the year they were granted).
 */
export const RECOGNITION_YEARS = 3;

/**
 * Checks a row's recorded recognition against the report year (công nhận còn hiệu lực, khoảng cách Mức độ 2): a
 * recognition older than three years has expired (warning), and Level 2 computed in the very year Level 1 was granted
 * comes sooner than the 12 months the circulars require (warning). Only whole years are known, so a Level 2 a year
 * later is not questioned.
 */
export function checkRecognition(v: Verdict, values: ReadonlyMap<string, ReadCell>, d: Detection, row: number, year: number | null, sink: IssueSink): void {
  const col = d.columns.get("recognised-year");
  const granted = values.get("recognised-year")?.value;
  if (col === undefined || typeof granted !== "number" || year === null) return;
  if (year > granted + RECOGNITION_YEARS)
    sink.add("recognition-expired", "warning", row, col, { granted, validTo: granted + RECOGNITION_YEARS, year }, { fieldId: "recognised-year", input: granted });
  const level = values.get("recognised-level")?.value;
  if (v.outcome === "level-2" && level === "Mức độ 1" && granted >= year)
    sink.add("recognition-too-early", "warning", row, col, { granted, year }, { fieldId: "recognised-year", input: granted });
}
