import { Button, mergeClasses, Text } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent } from "react";
import { useStrings } from "../shared";
import { useDropZoneStyles } from "./DropZone.styles";

/** Where the officer drops workbooks or picks them (vùng chọn tệp); hands the files up, reads nothing itself. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const s = useStrings();
  const styles = useDropZoneStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles([...e.dataTransfer.files]);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      role="region"
      aria-label={s.dropZoneLabel}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text>{s.dropHint}</Text>
      <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
        {s.chooseFiles}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={s.chooseFiles}
        data-testid="file-input"
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
    </div>
  );
}
