export { StatusPanel } from "./StatusPanel";
