import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { languageReady } from "./i18n/i18n.ts";
import "./styles.css";
import { App } from "./app/app.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// A Russian interface waits for its strings (a small chunk) so it never flashes English first.
void languageReady.finally(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
