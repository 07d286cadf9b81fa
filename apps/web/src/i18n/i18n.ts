import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";
import ru from "./locales/ru.json";

export const languages = ["en", "ru"] as const;
export type UiLanguage = (typeof languages)[number];
const storageKey = "mentara.language";

/** The user's choice first, then the browser's language, then English. */
export function initialLanguage(): UiLanguage {
  const chosen = localStorage.getItem(storageKey);
  if (chosen === "en" || chosen === "ru") return chosen;
  return navigator.language.toLowerCase().startsWith("ru") ? "ru" : "en";
}

export function chooseLanguage(language: UiLanguage): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: initialLanguage(),
  fallbackLng: "en",
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export { i18n };
