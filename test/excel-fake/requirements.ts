// The requirement set of each Office.js member the Excel fake implements, from @types/office-js' "[Api set: …]" notes.
// The fake refuses a member above its host's ExcelApi version with ApiNotFound, as Excel does.

/** ExcelApi minor version (1.x) that introduced each member the fake implements above ExcelApi 1.1. */
export const EXCEL_API_MINOR: Readonly<Record<string, number>> = {
  "Range.rowHidden": 2,
  "Workbook.settings": 4,
  "Worksheet.getRangeByIndexes": 7,
  "Range.hyperlink": 7,
  "Worksheet.freezePanes": 7,
  "ChartSeries.chartType": 7,
  "ChartAxis.reversePlotOrder": 7,
  "ChartAxis.numberFormat": 8,
  "DataValidation.rule": 8,
  "DataValidation.errorAlert": 8,
  "Worksheet.getRanges": 9,
  "Range.getMergedAreasOrNullObject": 13,
};

/** Hosts the fake can stand for: the ExcelApi and CustomFunctionsRuntime versions each supports. */
export const HOST_MODES = {
  /** Current Microsoft 365 (web and Windows). */
  "microsoft-365": { excelApiMinor: 13, customFunctionsMinor: 3 },
  /** A perpetual build stuck at ExcelApi 1.4–1.6 (no getRangeByIndexes, no freeze panes, no hyperlinks). */
  "excel-api-1.4-1.6": { excelApiMinor: 6, customFunctionsMinor: 1 },
} as const;

/** A host mode's name. */
export type HostMode = keyof typeof HOST_MODES;

/** Excel on the web refuses a request or a response larger than 5 MB (RequestPayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What Office.js adds to a request besides the values: an object path for each proxy object (≈ its JSON,
 * {"Id":…,"ObjectPathType":…,"Name":"getRangeByIndexes","ParentObjectPathId":…,"ArgumentInfo":…}), an action for
 * each call or property set, and a query entry for each loaded property.
 */
export const OBJECT_PATH_BYTES = 150;
export const ACTION_BYTES = 120;
export const LOADED_PROPERTY_BYTES = 24;

/** Range.getMergedAreasOrNullObject fails when the range holds more merged areas than this. */
export const MAX_MERGED_AREAS = 512;
