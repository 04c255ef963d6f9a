import type { ReactElement } from "react";
import { TaskpaneApp, TaskpaneServicesContext, type TaskpaneServices } from "../../ui/taskpane";
import { createTaskpaneServices, type ExcelHost } from "./services";

/** The task pane UI over given services (used inside Excel, by the browser harness and by tests). */
export function taskpaneElement(services: TaskpaneServices): ReactElement {
  return (
    <TaskpaneServicesContext.Provider value={services}>
      <TaskpaneApp />
    </TaskpaneServicesContext.Provider>
  );
}

/** Excel's own host: Excel.run and the requirement-set check of office.js (only called once Office is ready). */
export function excelHost(): ExcelHost {
  return {
    run: (fn) => Excel.run(fn),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * The composition root of the task pane inside Excel: the Office adapter is created here and handed to the task pane
 * UI (src/ui/taskpane's `TaskpaneApp`) as services. index.tsx renders it inside its FluentProvider once Office is ready.
 */
export function excelApp(host: ExcelHost = excelHost()): ReactElement {
  return taskpaneElement(createTaskpaneServices(host));
}
