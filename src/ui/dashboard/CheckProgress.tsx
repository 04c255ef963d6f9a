import { Field, ProgressBar } from "@fluentui/react-components";
import { useStrings } from "../shared";

/** The progress bar while files are checked ("Đang kiểm tra 12/200…"). */
export function CheckProgress({ done, total }: { done: number; total: number }) {
  const s = useStrings();
  const label = s.checking(done, total);
  return (
    <Field label={label} data-testid="check-progress">
      <ProgressBar value={total > 0 ? done / total : 0} max={1} aria-label={label} />
    </Field>
  );
}
