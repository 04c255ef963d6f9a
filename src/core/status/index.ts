export { indexRoster, placeByWords, placeUnit, placementOfMatch, type Placement, type RosterIndex } from "./place-unit";
export { compareDigests, digestGrid, MAX_ROW_HASHES, type CellDifference, type SheetDigest } from "./receipt-digest";
export { parseReceipt, receiptSchema, receiptSheet, verifyReceipt, type Receipt, type ReceiptCheck, type ReceiptSheet } from "./receipt";
export { unitFromTitles, unitWordsFromFileName, type UnitClue, type UnitSource } from "./reporting-unit";
export { statusList, type StatusInput, type StatusList, type StatusOptions, type UnitLine } from "./status";
export { placementNote, receiptLabel, statusLabel } from "./status-messages";
export { fileStatus, isUnchecked, unitStatusOf, UNIT_STATUSES, type FileStatus, type StatusFile, type UnitStatus } from "./unit-status";
