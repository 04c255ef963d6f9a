import { z } from "zod";

/** Key under which the pane's settings are kept in the workbook. */
export const SETTINGS_STATE_KEY = "xhht.settings";

/** Administrative scopes an officer can choose: the province code of the report (phạm vi hành chính). */
export const SCOPES = ["15", "10"] as const;

/** Schema of the pane's settings (cài đặt), stored as JSON in the workbook. */
export const taskpaneSettingsSchema = z.strictObject({
  v: z.literal(1),
  /** Report year; null = read it from each sheet's title lines. */
  reportYear: z.number().int().min(2000).max(2100).nullable(),
  /** Province code of the report's scope; null = do not check the scope. */
  scope: z.enum(SCOPES).nullable(),
  /** A criteria set id to use for its title, or "auto" for the set in force in the report year. */
  criteriaSetId: z.string().min(1),
  lang: z.enum(["vi", "en"]),
});

/** The pane's settings, as the schema infers them. */
export type TaskpaneSettings = z.infer<typeof taskpaneSettingsSchema>;

/** Settings of a workbook that has none yet. */
export const DEFAULT_SETTINGS: TaskpaneSettings = { v: 1, reportYear: null, scope: "15", criteriaSetId: "auto", lang: "vi" };

/** Parses stored settings; anything unreadable gives null (the caller falls back to defaults and says so). */
export function parseSettings(json: string | null): TaskpaneSettings | null {
  if (json === null) return null;
  try {
    const r = taskpaneSettingsSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
