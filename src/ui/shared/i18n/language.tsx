import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../../../core/messages";
import { en } from "./strings.en";
import { vi, type Strings } from "./strings.vi";

const DICTIONARIES: Record<Lang, Strings> = { vi, en };

/** The language the interface speaks (ngôn ngữ giao diện); Vietnamese unless an entry says otherwise. */
export const LanguageContext = createContext<Lang>("vi");

/** Provides the language to every component below it. */
export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

/** The current language code, for core message functions that take one. */
export function useLang(): Lang {
  return useContext(LanguageContext);
}

/** The dictionary of the current language. */
export function useStrings(): Strings {
  return DICTIONARIES[useContext(LanguageContext)];
}
