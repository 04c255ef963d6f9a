export { TaskpaneApp, PAGES, type PageId } from "./TaskpaneApp";
export {
  TaskpaneServicesContext,
  useTaskpaneServices,
  type ActionResult,
  type CheckResult,
  type CriteriaSheetRead,
  type EligibilityResult,
  type FunctionsResult,
  type LoadedSettings,
  type TaskpaneServices,
  type TemplateRequest,
} from "./services";
export { DEFAULT_SETTINGS, SETTINGS_STATE_KEY, parseSettings, taskpaneSettingsSchema, type TaskpaneSettings } from "./settings.schema";
