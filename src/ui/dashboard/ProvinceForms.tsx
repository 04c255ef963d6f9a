import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { DocumentTable20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useStrings } from "../shared";
import { useDashboardStyles } from "./Dashboard.styles";

/** Props of the province-forms control: what is loaded, why a file was refused, and the load intent. */
export interface ProvinceFormsProps {
  readonly loaded: { readonly count: number; readonly name: string } | null;
  readonly errors: readonly string[] | null;
  readonly onLoad: (file: File) => void;
  readonly disabled?: boolean;
}

/** "Nạp biểu mẫu tỉnh": loads a province's template file (column maps from "Ghép cột"); a bad file changes nothing. */
export function ProvinceForms({ loaded, errors, onLoad, disabled }: ProvinceFormsProps) {
  const s = useStrings();
  const styles = useDashboardStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <Button icon={<DocumentTable20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
        {s.loadTemplates}
      </Button>
      <input
        ref={input}
        className={styles.srOnly}
        type="file"
        accept=".json,application/json"
        aria-label={s.loadTemplates}
        data-testid="templates-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) onLoad(f);
          e.target.value = "";
        }}
      />
      {loaded && !errors && (
        <MessageBar intent="success" data-testid="templates-loaded">
          <MessageBarBody>{s.templatesLoaded(loaded.count, loaded.name)}</MessageBarBody>
        </MessageBar>
      )}
      {errors && (
        <MessageBar intent="error" layout="multiline" data-testid="templates-errors">
          <MessageBarBody>
            <Text weight="semibold">{s.templatesFailed}</Text>
            <ul className={styles.notes}>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
