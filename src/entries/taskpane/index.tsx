import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { excelApp } from "./app";
import { watchHost, globalOffice } from "./detect-host";
import { LoadingShell } from "./LoadingShell";
import { OutsideExcel } from "./OutsideExcel";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);
const render = (content: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);

// Excel's app is made once, when Office is ready (however late); until then the pane says it is connecting.
let app: ReactElement | null = null;
render(<LoadingShell />);
watchHost(globalOffice, (check) => {
  if (check.kind === "excel") render((app ??= excelApp()));
  else if (app === null) render(check.kind === "connecting" ? <LoadingShell slow={check.slow} /> : <OutsideExcel reason={check.reason} />);
});
