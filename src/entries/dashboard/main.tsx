import "../zod-jitless";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../../core/messages";
import { DashboardApp, DashboardServicesContext, type DashboardServices } from "../../ui/dashboard";
import { LanguageProvider } from "../../ui/shared";
import { en } from "../../ui/shared/i18n/strings.en";
import { vi } from "../../ui/shared/i18n/strings.vi";
import { createDashboardServices } from "./services";

function Root({ services }: { services: DashboardServices }) {
  const [lang, setLang] = useState<Lang>("vi");
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = (lang === "en" ? en : vi).appTitle;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LanguageProvider lang={lang}>
        <DashboardServicesContext.Provider value={services}>
          <DashboardApp onSwitchLanguage={() => setLang((l) => (l === "vi" ? "en" : "vi"))} />
        </DashboardServicesContext.Provider>
      </LanguageProvider>
    </FluentProvider>
  );
}

/** Mounts the dashboard in `root` with its real services (check worker, bundled samples, Blob downloads). */
export function startDashboard(root: HTMLElement, services: DashboardServices = createDashboardServices()): void {
  document.documentElement.lang = "vi";
  document.title = vi.appTitle;
  createRoot(root).render(
    <StrictMode>
      <Root services={services} />
    </StrictMode>,
  );
}
