import { civilFromDays, daysFromCivil, isRealDate, type CivilDate } from "./civil-date";

/** Excel's serial for 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Serial 60 is 1900-02-29, a day that never was: Excel kept Lotus 1-2-3's leap-year bug. */
const FAKE_LEAP_DAY = 60;
/** The last day Excel can show, 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

/** The date of an Excel serial in the 1900 system (time of day dropped); null for 60, below 1, or past 9999. */
export function serialToDate(serial: number): CivilDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === FAKE_LEAP_DAY) return null;
  // Before the fake leap day the serials are one higher than the true day count suggests.
  return civilFromDays(whole < FAKE_LEAP_DAY ? whole - UNIX_EPOCH_SERIAL + 1 : whole - UNIX_EPOCH_SERIAL);
}

/** The Excel serial (1900 system) of a real calendar date from 1900-01-01 to 9999-12-31, otherwise null. */
export function dateToSerial(date: CivilDate): number | null {
  const { year, month, day } = date;
  if (!isRealDate(year, month, day) || year < 1900 || year > 9999) return null;
  const serial = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}
