import { Badge } from "@fluentui/react-components";
import { ErrorCircle12Filled, Info12Filled, Warning12Filled } from "@fluentui/react-icons";
import { severityLabel } from "../../core/messages";
import type { Severity } from "../../core/validation/issue";
import { useLang } from "./i18n/language";

const LOOK = {
  error: { color: "danger", icon: <ErrorCircle12Filled /> },
  warning: { color: "warning", icon: <Warning12Filled /> },
  info: { color: "brand", icon: <Info12Filled /> },
} as const;

/** A severity as a coloured badge with its name and icon, so the meaning never rests on colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const lang = useLang();
  const look = LOOK[severity];
  return (
    <Badge appearance="filled" color={look.color} icon={look.icon} data-severity={severity}>
      {severityLabel(severity, lang)}
    </Badge>
  );
}
