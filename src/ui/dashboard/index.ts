export { DashboardApp } from "./DashboardApp";
export { DashboardServicesContext, type CheckProgress, type DashboardServices, type WorkbookFile } from "./DashboardServices";
