import { targetRole } from "@mentara/contracts/account";
import { interviewLevel } from "@mentara/contracts/sessions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { BirthYearField, useBirthDate } from "../../components/birth-year-field.tsx";
import { CheckboxField } from "../../components/checkbox-field.tsx";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { chooseLanguage } from "../../i18n/i18n.ts";
import { meQuery, onboard } from "../../lib/account-api.ts";
import { ApiError } from "../../lib/api-client.ts";
import { saveToken } from "../../lib/auth-token.ts";
import { privacyPath } from "../../lib/privacy-path.ts";
import { ProfileChoices } from "./profile-choices.tsx";

/**
 * After sign-up: the age gate (when sign-up did not ask), consent to AI processing in plain
 * words with a link to the policy, target role and level, and the interface language.
 */
export function OnboardingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const birth = useBirthDate();
  const [consent, setConsent] = useState(false);
  const [role, setRole] = useState("");
  const [level, setLevel] = useState("");
  // The interface language is the answer: the header's switcher and this field stay one.
  const language = i18n.language === "ru" ? "ru" : "en";
  const submit = useMutation({
    mutationFn: () =>
      onboard({
        ...(me.data?.birthYear ? {} : birth.fields()),
        aiConsent: consent as true,
        targetRole: targetRole.parse(role),
        level: interviewLevel.parse(level),
        locale: language,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      chooseLanguage(updated.locale);
      void navigate("/dashboard", { replace: true });
    },
    onError: (error) => {
      birth.noteError(error);
      // Under 16: the server kept nothing; sign out so no session lingers.
      if (error instanceof ApiError && error.code === "UNDER_AGE") {
        saveToken(null);
        queryClient.clear();
      }
    },
  });
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageError query={me} />;
  const underAge =
    submit.error instanceof ApiError && submit.error.code === "UNDER_AGE" ? submit.error : null;
  if (underAge)
    return (
      <section className="page narrow">
        <h1>{t("onboarding.underAgeTitle")}</h1>
        <div className="card">
          <p>{underAge.message}</p>
          <Link to="/">{t("onboarding.home")}</Link>
        </div>
      </section>
    );
  const ready = consent && role && level && (me.data.birthYear || birth.complete);
  return (
    <section className="page narrow">
      <h1>{t("onboarding.title")}</h1>
      <p className="muted">{t("onboarding.body")}</p>
      <form
        className="card form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        {me.data.birthYear ? null : <BirthYearField birth={birth} hint={t("onboarding.ageHint")} />}
        <fieldset className="consent">
          <legend>{t("onboarding.consentTitle")}</legend>
          <p>{t("onboarding.consentBody")}</p>
          <CheckboxField checked={consent} onChange={setConsent} label={t("onboarding.consent")} />
          <Link to={privacyPath(i18n.language)} target="_blank" rel="noopener">
            {t("onboarding.readPolicy")}
          </Link>
        </fieldset>
        <ProfileChoices
          placeholder
          role={role}
          level={level}
          language={language}
          onRole={setRole}
          onLevel={setLevel}
          onLanguage={chooseLanguage}
        />
        {submit.isError ? <ErrorNotice error={submit.error} /> : null}
        <button
          type="submit"
          className="button"
          disabled={!ready || submit.isPending}
          aria-busy={submit.isPending}
        >
          {submit.isPending ? t("onboarding.saving") : t("onboarding.finish")}
        </button>
        {!consent ? <p className="muted">{t("onboarding.consentNeeded")}</p> : null}
      </form>
    </section>
  );
}
