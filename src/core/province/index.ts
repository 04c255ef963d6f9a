export { laoCaiLoaded, laoCaiProfile, DEFAULT_DEADLINES } from "./lao-cai";
export { confirmedValuesAsCriteriaFile, parseProfile, parseProfileText, type LoadedProfile } from "./parse-profile";
export {
  PROFILE_VERSION,
  profileSchema,
  profileSchemaV1,
  type ConfirmedValue,
  type Deadline,
  type ProfileTarget,
  type ProvinceProfile,
  type Roster,
  type RosterUnit,
} from "./profile.schema";
export { daysBetween, deadlinesOfYear, nextDeadline, rosterForYear, rosterOn, type DatedDeadline } from "./roster";

/** Workbook state key under which the pane keeps the imported province profile (the profile's JSON text). */
export const PROFILE_STATE_KEY = "xhht.province";
export { targetOverrides } from "./target-overrides";
