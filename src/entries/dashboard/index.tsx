import { startDashboard } from "./main";

// The offline dashboard: never loads office.js. Its body comes from src/ui/dashboard, its services from ./services.
const container = document.getElementById("root");
if (!container) throw new Error("dashboard.html has no #root element");
startDashboard(container);
