// The browser harness of the task pane: the real TaskpaneApp and services over the in-memory Excel fake. The fake is
// on window.__xhhtFake so a test can seed and inspect the workbook; window.__xhhtMount() opens the pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { taskpaneElement } from "../../../src/entries/taskpane/app";
import { createTaskpaneServices } from "../../../src/entries/taskpane/services";
import { createFakeExcel } from "../../excel-fake";
import { seedWorkbook, type SeedData } from "./workbook-rows";

// The fake measures request sizes with Node's Buffer.byteLength; in the page, UTF-8 bytes come from TextEncoder.
const utf8 = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (text: string) => utf8.encode(text).length };

const fake = createFakeExcel();
const scope = window as unknown as { __xhhtFake: typeof fake; __xhhtSeed: (d: SeedData) => void; __xhhtMount: () => void; __xhhtRemount: () => void; __xhhtRunErrors: string[] };
// Raw errors of the fake's batches, kept for a failing test to print (the pane shows only Vietnamese messages).
scope.__xhhtRunErrors = [];
const run: typeof fake.run = (fn) =>
  fake.run(fn).catch((e: unknown) => {
    scope.__xhhtRunErrors.push(e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e));
    throw e;
  });
scope.__xhhtFake = fake;
scope.__xhhtSeed = (data) => seedWorkbook(fake.model, data);
let root: Root | null = null;
scope.__xhhtMount = () => {
  const container = document.getElementById("root");
  if (!container) throw new Error("harness page has no #root");
  const services = createTaskpaneServices({ run, isSetSupported: fake.isSetSupported });
  root = createRoot(container);
  root.render(<FluentProvider theme={webLightTheme}>{taskpaneElement(services)}</FluentProvider>);
};
// Closing and opening the pane again over the same workbook (what reopening the file does to the add-in).
scope.__xhhtRemount = () => {
  root?.unmount();
  scope.__xhhtMount();
};
