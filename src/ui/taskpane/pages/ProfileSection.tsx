import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { Delete20Regular, DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { ProfileInfo } from "../../../app/province-profile";
import { useTaskpaneServices } from "../services";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import { useProfileStrings } from "./profile-strings";

/** A file's text; FileReader where Blob.text is missing (older embedded browsers, jsdom). */
function readText(f: File): Promise<string> {
  if (typeof f.text === "function") return f.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(f);
  });
}

/**
 * Cài đặt → Hồ sơ tỉnh: the profile kept in the workbook (or the built-in one), "Nạp hồ sơ tỉnh" to load a province's
 * file (a bad file is refused with every problem and changes nothing), and removing it again.
 */
export function ProfileSection({ pane }: { pane: PaneModel }) {
  const t = useProfileStrings();
  const styles = usePageStyles();
  const services = useTaskpaneServices();
  const input = useRef<HTMLInputElement>(null);
  const [info, setInfo] = useState<ProfileInfo | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);

  useEffect(() => {
    let live = true;
    void services.provinceProfile().then((r) => {
      if (live && r.ok) setInfo(r.value);
    });
    return () => {
      live = false;
    };
  }, [services]);

  const load = async (file: File) => {
    const text = await readText(file);
    const r = await pane.run(t.loading, () => services.importProvinceProfile(text), (v) => (v.ok ? { intent: "success", text: t.loaded(v.info.name) } : { intent: "error", text: t.refused }));
    if (r === null) return;
    if (r.ok) {
      setInfo(r.info);
      setProblems([]);
    } else setProblems(r.problems);
  };
  const remove = async () => {
    const r = await pane.run(t.loading, () => services.removeProvinceProfile(), () => ({ intent: "success", text: t.removed }));
    if (r !== null) setInfo(null);
  };

  return (
    <section aria-labelledby="profile-heading" data-testid="profile-section">
      <Subtitle2 as="h2" id="profile-heading">
        {t.heading}
      </Subtitle2>
      <Text as="p" data-testid="profile-current">
        {info === null ? t.builtIn : t.current(info.name, info.units, info.confirmed)}
      </Text>
      {info !== null && info.documents.length > 0 && <Text as="p">{t.documents(info.documents.join("; "))}</Text>}
      {info !== null && info.maps > 0 && (
        <Text as="p" data-testid="profile-maps">
          {t.maps(info.maps)}
        </Text>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="profile-problems">
          <MessageBarBody>
            {t.refused}
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button icon={<DocumentArrowUp20Regular />} disabled={pane.busy} onClick={() => input.current?.click()}>
          {t.load}
        </Button>
        {info !== null && (
          <Button icon={<Delete20Regular />} disabled={pane.busy} onClick={() => void remove()}>
            {t.remove}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="profile-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void load(f);
          }}
        />
      </div>
    </section>
  );
}
