import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { excelApp } from "./app";
import { detectHost, globalOffice } from "./detect-host";
import { LoadingShell } from "./LoadingShell";
import { OutsideExcel } from "./OutsideExcel";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);
const render = (content: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);

render(<LoadingShell />);
void detectHost(globalOffice()).then((check) => {
  render(check.kind === "excel" ? excelApp() : <OutsideExcel reason={check.reason} />);
});
