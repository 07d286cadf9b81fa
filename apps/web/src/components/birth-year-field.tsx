import { monthNeededDetails } from "@mentara/contracts/age-gate";
import { checkMinimumAge } from "@mentara/domain/interview";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api-client.ts";

const months = Array.from({ length: 12 }, (_, index) => index + 1);

/** Whether a failed request was the age gate asking for the month of birth. */
function asksBirthMonth(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.code === "VALIDATION" &&
    monthNeededDetails.safeParse(error.details).success
  );
}

/** Whether the typed year leaves the gate open today: the person turns 16 this year. */
function yearNeedsMonth(year: string): boolean {
  const typed = Number(year);
  return (
    year.trim() !== "" &&
    Number.isInteger(typed) &&
    checkMinimumAge({ year: typed }, new Date()) === "month_needed"
  );
}

function monthName(month: number, language: string): string {
  const name = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/**
 * The age gate's answers in a form: the year of birth, and the month only while it is asked
 * (the typed year turns 16 this year, or the server said so). `initialYear` is the stored year
 * on Profile; the month is asked only for a year that differs from it.
 */
export function useBirthDate(initialYear = "") {
  const [year, setYear] = useState(initialYear);
  const [month, setMonth] = useState("");
  // The year the server asked the month for (its clock may differ from this device's).
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const changed = year !== initialYear;
  const monthShown = changed && (askedFor === year || yearNeedsMonth(year));
  return {
    year,
    month,
    changed,
    monthShown,
    setYear,
    setMonth,
    /** Pass every failed request here: the server may be asking for the month. */
    noteError(error: unknown) {
      if (asksBirthMonth(error)) setAskedFor(year);
    },
    /** What the request carries: the year, and the month while it is asked (never stored). */
    fields(): { birthYear: number; birthMonth?: number } {
      return {
        birthYear: Number(year),
        ...(monthShown && month !== "" ? { birthMonth: Number(month) } : {}),
      };
    },
    /** Everything the gate asks is answered (Profile: nothing changed is fine too). */
    complete: year.trim() !== "" && (!monthShown || month !== ""),
  };
}
export type BirthDate = ReturnType<typeof useBirthDate>;

/** The age gate's questions (sign-up, onboarding, Profile), with the reason they are asked. */
export function BirthYearField(props: { birth: BirthDate; hint: string; required?: boolean }) {
  const { t, i18n } = useTranslation();
  const { birth } = props;
  return (
    <>
      <label>
        {t("auth.birthYear")}
        <input
          type="number"
          inputMode="numeric"
          min={1900}
          max={new Date().getFullYear()}
          required={props.required ?? true}
          value={birth.year}
          onChange={(e) => birth.setYear(e.target.value)}
          aria-describedby="age-hint"
        />
        <small id="age-hint" className="muted">
          {props.hint}
        </small>
      </label>
      {birth.monthShown ? (
        <label>
          {t("auth.birthMonth")}
          <select
            required
            value={birth.month}
            onChange={(e) => birth.setMonth(e.target.value)}
            aria-describedby="month-hint"
          >
            <option value="">{t("onboarding.choose")}</option>
            {months.map((month) => (
              <option key={month} value={month}>
                {monthName(month, i18n.language)}
              </option>
            ))}
          </select>
          <small id="month-hint" className="muted">
            {t("auth.birthMonthHint")}
          </small>
        </label>
      ) : null}
    </>
  );
}
