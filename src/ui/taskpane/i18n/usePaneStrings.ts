import { useLang } from "../../shared";
import { paneEn } from "./strings.en";
import { paneVi, type PaneStrings } from "./strings.vi";

/** The task pane's dictionary in the language the shared LanguageProvider gives. */
export function usePaneStrings(): PaneStrings {
  return useLang() === "en" ? paneEn : paneVi;
}
