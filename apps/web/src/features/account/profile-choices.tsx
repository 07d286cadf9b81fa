import { targetRole } from "@mentara/contracts/account";
import { interviewLevel } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";
import { languages } from "../../i18n/i18n.ts";

/**
 * The three profile choices onboarding asks and Profile edits: target role, level, interface
 * language. An empty `placeholder` offers "Choose…" first (onboarding); Profile has a value.
 */
export function ProfileChoices(props: {
  role: string;
  level: string;
  language: string;
  onRole: (role: string) => void;
  onLevel: (level: string) => void;
  onLanguage: (language: "en" | "ru") => void;
  placeholder?: boolean;
}) {
  const { t } = useTranslation();
  const choose = props.placeholder ? <option value="">{t("onboarding.choose")}</option> : null;
  return (
    <>
      <label>
        {t("onboarding.role")}
        <select value={props.role} required onChange={(e) => props.onRole(e.target.value)}>
          {choose}
          {targetRole.options.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("dashboard.level")}
        <select value={props.level} required onChange={(e) => props.onLevel(e.target.value)}>
          {choose}
          {interviewLevel.options.map((l) => (
            <option key={l} value={l}>
              {t(`levels.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("onboarding.language")}
        <select
          value={props.language}
          onChange={(e) => props.onLanguage(e.target.value === "ru" ? "ru" : "en")}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`languageNames.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
