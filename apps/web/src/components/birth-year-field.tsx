import { useTranslation } from "react-i18next";

/** The age gate's one question (sign-up and onboarding), with the reason it is asked. */
export function BirthYearField(props: {
  value: string;
  onChange: (value: string) => void;
  hint: string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {t("auth.birthYear")}
      <input
        type="number"
        inputMode="numeric"
        min={1900}
        max={new Date().getFullYear()}
        required
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby="age-hint"
      />
      <small id="age-hint" className="muted">
        {props.hint}
      </small>
    </label>
  );
}
