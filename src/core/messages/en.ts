import type { Issue } from "../validation/issue";

type P = Issue["params"];
const s = (p: P, k: string): string => String(p[k] ?? "");

const ROLE_EN: Record<string, string> = { total: "total", registered: "registered", recognised: "recognised" };

const HOW_EN: Record<string, string> = { position: "guessed from its position only", "ambiguous-abbreviation": "an abbreviation that can mean two models" };

/** The English message of an issue, without its location. Exhaustive: a new code must be added here. */
export function issueMessageEn(issue: Issue): string {
  const p = issue.params;
  switch (issue.code) {
    case "sheet-empty":
      return "The sheet is empty: nothing to check.";
    case "merges-unread":
      return "The sheet has more than 512 merged areas, which Excel cannot list; XHHT still checks the values but without the merge information (merged headers may be recognised less well).";
    case "no-template-match":
      return s(p, "closest")
        ? `Not checked — no template recognised. Closest is "${s(p, "closest")}", which lacks the columns: ${s(p, "missing")}. Use "Ghép cột" (column map) to say which column is which.`
        : "Not checked — no template recognised (no familiar header row). Use \"Ghép cột\" (column map) to say which column is which.";
    case "unknown-column":
      return `Column "${s(p, "header")}" is not part of the template: kept as is, not checked.`;
    case "no-data-rows":
      return `Template "${s(p, "template")}" recognised, but there are no data rows under the header.`;
    case "second-table":
      return `Another table starts at row ${s(p, "row")}; XHHT checks only the first table (rows ${s(p, "first")}–${s(p, "last")}). Move it to a sheet of its own to check it.`;
    case "report-year-missing":
      return "No report year in the title lines (e.g. \"... NĂM 2024\"). Write it in the title or choose it in Settings.";
    case "report-year-future":
      return `Report year ${s(p, "year")} is in the future (current year ${s(p, "today")}).`;
    case "required-missing":
      return `"${s(p, "field")}" is missing: this cell is required.`;
    case "excel-error":
      return `"${s(p, "field")}" holds the formula error ${s(p, "value")}: fix the formula or enter a value.`;
    case "number-invalid":
      return `"${s(p, "field")}" is "${s(p, "value")}", not a ${s(p, "expected") === "số nguyên" ? "whole number" : "number"}.`;
    case "number-ambiguous":
      return `"${s(p, "field")}" is "${s(p, "value")}": unclear whether the dot/comma separates thousands or decimals. Enter the number without separators.`;
    case "number-as-text":
      return `"${s(p, "field")}" is a number stored as text ("${s(p, "value")}"). Convert it to a number.`;
    case "count-not-whole":
      return `"${s(p, "field")}" is ${s(p, "value")}: counts must be whole numbers.`;
    case "count-negative":
      return `"${s(p, "field")}" is ${s(p, "value")}: counts cannot be negative.`;
    case "value-out-of-range":
      return `"${s(p, "field")}" is ${s(p, "value")}, outside the allowed range ${s(p, "min")}–${s(p, "max")}.`;
    case "boolean-invalid":
      return `"${s(p, "field")}" is "${s(p, "value")}": write Có (yes) or Không (no).`;
    case "choice-invalid":
      return `"${s(p, "field")}" is "${s(p, "value")}", not one of: ${s(p, "choices")}.`;
    case "text-not-nfc":
      return `"${s(p, "value")}" is typed in decomposed Unicode (NFD); convert it to precomposed Unicode (NFC) so it matches.`;
    case "text-legacy-encoding":
      return `"${s(p, "value")}" is typed in the legacy ${s(p, "encoding")} encoding; it reads "${s(p, "text")}". Convert it to Unicode.`;
    case "recognised-exceeds-registered":
      return `${s(p, "group")}: recognised (${s(p, "recognised")}) exceeds registered (${s(p, "registered")}).`;
    case "registered-exceeds-total":
      return `${s(p, "group")}: registered (${s(p, "registered")}) exceeds the total (${s(p, "total")}).`;
    case "recognised-exceeds-total":
      return `${s(p, "group")}: recognised (${s(p, "recognised")}) exceeds the total (${s(p, "total")}).`;
    case "rate-mismatch":
      return `${s(p, "group")}: the rate says ${s(p, "rate")}% but ${s(p, "numerator")}/${s(p, "total")} = ${s(p, "expected")}%.`;
    case "rate-wrong-denominator":
      return `${s(p, "group")}: the rate ${s(p, "rate")}% was computed over registered (${s(p, "registered")}) instead of the total (${s(p, "total")}); it should be ${s(p, "expected")}%.`;
    case "rate-over-100":
      return `${s(p, "group")}: the rate ${s(p, "rate")}% exceeds 100%.`;
    case "rate-zero-total":
      return `${s(p, "group")}: the total is 0, so the rate must be empty or 0 (not #DIV/0!).`;
    case "points-total-mismatch":
      return `The total says ${s(p, "stated")} but the criteria add up to ${s(p, "sum")}.`;
    case "birth-year-implausible":
      return `Birth year ${s(p, "born")} gives age ${s(p, "age")} in ${s(p, "year")}: outside 15–100.`;
    case "result-disagrees":
      return `The written result is "${s(p, "written")}" but the criteria${s(p, "set") ? ` (${s(p, "set")})` : ""} give "${s(p, "computed")}"${p.provisional ? " (rests on unconfirmed values)" : ""}.`;
    case "result-missing":
      return `No result written; the criteria${s(p, "set") ? ` (${s(p, "set")})` : ""} give "${s(p, "computed")}"${p.provisional ? " (rests on unconfirmed values)" : ""}.`;
    case "duplicate-unit":
      return `"${s(p, "name")}" appears twice (first at row ${s(p, "firstRow")}).`;
    case "duplicate-person":
      return `Person "${s(p, "name")}" (same birth year and village) is already at row ${s(p, "firstRow")}.`;
    case "duplicate-household":
      return `Household "${s(p, "name")}" in the same village is already at row ${s(p, "firstRow")}.`;
    case "ordinal-sequence":
      return `Row number is ${s(p, "value")}; expected ${s(p, "expected")}.`;
    case "totals-mismatch":
      return `Totals row — ${s(p, "group")}, ${ROLE_EN[s(p, "field")] ?? s(p, "field")}: says ${s(p, "stated")} but the ${s(p, "parts")} units add up to ${s(p, "sum")}.`;
    case "totals-rate-averaged":
      return `Totals row — ${s(p, "group")}: the rate ${s(p, "rate")}% is an average of rates; it must come from the sums: ${s(p, "expected")}%.`;
    case "subtotal-mismatch":
      return `District sub-total — ${s(p, "group")}, ${ROLE_EN[s(p, "field")] ?? s(p, "field")}: says ${s(p, "stated")} but its ${s(p, "parts")} communes add up to ${s(p, "sum")}.`;
    case "unit-unknown":
      return `"${s(p, "name")}" is not in the list of administrative units for the report's period.`;
    case "unit-near-miss":
      return `"${s(p, "name")}" is not in the list; did you mean: ${s(p, "suggestions")}?`;
    case "unit-spelling-variant":
      return `"${s(p, "name")}" is another spelling of "${s(p, "canonical")}".`;
    case "unit-wrong-district":
      return `"${s(p, "name")}" belongs to ${s(p, "district")}, but is listed under ${s(p, "listedUnder")}.`;
    case "unit-merged":
      return `"${s(p, "name")}" is a former unit (before 2025-07-01); it is now part of: ${s(p, "successors")}.`;
    case "unit-out-of-scope":
      return `"${s(p, "name")}" belongs to another province (${s(p, "province")}), outside the report's scope.`;
    case "unit-not-in-year":
      return `"${s(p, "name")}" did not exist in the report's year (listed from ${s(p, "firstSeen")} to ${s(p, "lastSeen")}).`;
    case "unit-ambiguous":
      return `Several units are named "${s(p, "name")}" (${s(p, "candidates")}): write the unit code or list it under its district.`;
    case "unit-code-mismatch":
      return `Unit code ${s(p, "code")} ${s(p, "byCode") ? `belongs to "${s(p, "byCode")}"` : "is in no list"}, not to "${s(p, "name")}".`;
    case "below-target":
      return `${s(p, "group")}: ${s(p, "rate")}%, below the target of ${s(p, "target")}% by ${s(p, "byYear")} (${s(p, "basis")})${p.provisional ? " (unconfirmed target)" : ""}.`;
    case "unit-level-missing":
      return `The unit's level (commune, district, province) is blank or unreadable: no criteria set can be chosen, so the title is not assessed.`;
    case "unit-level-ended":
      return `Unit level "${s(p, "level")}": districts no longer exist from 2025-07-01 (two-level local government), so there is no district set for ${s(p, "year")}; write the unit's present level (commune or province).`;
    case "association-status-blank":
      return `"Study-promotion branch active" is blank: after the 2025-07-01 merger many branches are being re-formed; the verdict stays "not enough data" until Yes/No is written.`;
    case "recognition-expired":
      return `Recognised in ${s(p, "granted")}, kept to the end of ${s(p, "validTo")} (3 years); by ${s(p, "year")} it has expired and must be assessed again.`;
    case "recognition-too-early":
      return `Level 1 was granted in ${s(p, "granted")}: Level 2 can be sought no sooner than 12 months later, not in ${s(p, "year")}.`;
    case "unit-layout-mismatch":
      return `In ${s(p, "year")} this row (and every later row judged by the same set) is judged by ${s(p, "set")}, but the sheet has none of its columns, so it is not assessed; use the matching form (Create form) for this level and year.`;
    case "birth-year-impossible":
      return `Birth year ${s(p, "born")} cannot be right: ${s(p, "when") === "after" ? `after the report year ${s(p, "year")}` : "before 1900"}.`;
    case "column-unconfirmed":
      return `Column "${s(p, "header")}" is probably "${s(p, "field")}" (${HOW_EN[s(p, "how")] ?? s(p, "how")}) — confirm it in "Ghép cột" (column map); not checked yet.`;
    case "indicator-unknown":
      return `"${s(p, "code")}" is no criterion or indicator of ${s(p, "set")}; write its number as in the set (e.g. 1.1, 1.2).`;
    case "indicator-duplicate":
      return `Indicator ${s(p, "code")} (${s(p, "label")}) is already on row ${s(p, "first")}; each indicator is written once, this row is not counted.`;
    case "indicator-missing":
      return `The table lacks indicator ${s(p, "code")} — ${s(p, "label")}: not enough data to assess ${s(p, "level")}.`;
    case "self-assessment-invalid":
      return `The self-assessment of indicator ${s(p, "code")} is "${s(p, "value")}": write Đạt or Không đạt (or Có / Không).`;
    case "self-assessment-blank":
      return `Indicator ${s(p, "code")} — ${s(p, "label")} is not self-assessed (blank): not enough data to decide.`;
    case "commune-name-missing":
      return `No commune name in the title lines (e.g. "Đơn vị: Xã Bảo Ái" or "UBND xã Bảo Ái"); the verdict is tied to no commune.`;
    case "level-sought-not-reached":
      return `The commune seeks ${s(p, "sought")} but by its self-assessment gets only: ${s(p, "reached")}${p.reason ? `. Why: ${s(p, "reason")}` : ""}.`;
    case "criterion-assessment-disagrees":
      return `Criterion ${s(p, "code")} says "${s(p, "written")}" but ${p.failed ? `indicator ${s(p, "failed")} is not met` : `all its indicators (${s(p, "all")}) are met`}; the verdict follows the indicators.`;
  }
}
