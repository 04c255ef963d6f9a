import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("dashboard.html has no #root element");

// The offline dashboard: never loads office.js. Its body comes from src/ui/dashboard.
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <main style={{ padding: 24 }}>
      <Text as="h1" size={800} weight="semibold">
        XHHT — Bảng điều khiển
      </Text>
    </main>
  </FluentProvider>,
);
