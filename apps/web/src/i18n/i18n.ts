import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";

export const languages = ["en", "ru"] as const;
export type UiLanguage = (typeof languages)[number];
const storageKey = "mentara.language";

/** The user's choice first, then the browser's language, then English. */
export function initialLanguage(): UiLanguage {
  const chosen = localStorage.getItem(storageKey);
  if (chosen === "en" || chosen === "ru") return chosen;
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en";
}

/**
 * English ships with the app; Russian is its own chunk, loaded the first time it is needed, so an
 * English first page carries no Russian strings.
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
  resources: { en: { translation: en } },
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

export { i18n };
