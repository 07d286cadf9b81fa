import i18n from "i18next";
import { initReactI18next } from "react-i18next";
// The first page's own strings ship with the app; the rest of English is fetched alongside it.
import { common, crash, landing, layout, notFound } from "./locales/en.json";
import englishUrl from "./locales/en.json?url";

export const languages = ["en", "ru"] as const;
export type UiLanguage = (typeof languages)[number];
const storageKey = "mentara.language";

/** The user's choice first, then the browser's language, then English. */
export function initialLanguage(): UiLanguage {
  const chosen = localStorage.getItem(storageKey);
  if (chosen === "en" || chosen === "ru") return chosen;
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en";
}

let allEnglish: Promise<void> | undefined;
/**
 * Every English string (the fallback of every language too). The app's own file, fetched as
 * JSON rather than shipped in the first page (decision 017); a failed fetch is tried again next
 * time it is asked for.
 */
export function interfaceStringsReady(): Promise<void> {
  allEnglish ??= fetch(englishUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`English strings answered HTTP ${response.status}`);
      return response.json();
    })
    .then((strings: unknown) => {
      if (typeof strings !== "object" || strings === null) throw new Error("no English strings");
      i18n.addResourceBundle("en", "translation", strings, true, true);
    })
    .catch((error: unknown) => {
      allEnglish = undefined;
      throw error;
    });
  return allEnglish;
}

/**
 * Russian is its own chunk, loaded the first time it is needed, so an English first page carries
 * no Russian strings.
 */
export async function loadLanguage(language: UiLanguage): Promise<void> {
  if (language === "en" || i18n.hasResourceBundle(language, "translation")) return;
  const { default: ru } = await import("./locales/ru.json");
  i18n.addResourceBundle("ru", "translation", ru);
}

export function chooseLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  return loadLanguage(language).then(() => i18n.changeLanguage(language).then(() => {}));
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: { common, crash, landing, layout, notFound } } },
  lng: initialLanguage(),
  fallbackLng: "en",
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/** Resolves once the first language is ready: the app renders after it, without English flicker. */
export const languageReady: Promise<void> = loadLanguage(initialLanguage()).then(() => {
  // The bundle arrived after init: show it.
  void i18n.changeLanguage(initialLanguage());
});

// Fetched while the first page shows, so the next page rarely waits for it.
void interfaceStringsReady().catch(() => {});

export { i18n };
