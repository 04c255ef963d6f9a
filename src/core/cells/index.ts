export { type NumberFailure, type NumberKind, type NumberRead, parseNumber } from "./parse-number";
export { type PercentRead, fractionToPercent, isPercentFormat, parsePercent } from "./parse-percent";
export { type BooleanRead, parseBoolean } from "./parse-boolean";
export { type CivilDate, daysInMonth, isLeapYear, isRealDate } from "./civil-date";
export { dateToSerial, MAX_EXCEL_SERIAL, serialToDate } from "./excel-serial";
export { type DateFailure, type DateRead, isDateFormat, parseDate } from "./parse-date";
export { isNfc, normalizeText } from "./normalize-text";
export { keyOfHeader, textKey } from "./text-key";
export { convertLegacy, detectLegacyEncoding, encodeLegacy, fixLegacyText, isUnicodeOnlyVietnameseLetter, type LegacyEncoding } from "./legacy-encoding";
export { isVietnameseLetter, isVietnameseSyllable } from "./vietnamese-syllable";
/** True when a cell value is an Excel error value (#DIV/0!, #REF!…); the grid's own test, under the cells name. */
export { isCellError as isExcelErrorValue } from "../grid/grid";
