import { useMutation, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { BirthYearField, useBirthDate } from "../../components/birth-year-field.tsx";
import { Loading } from "../../components/loading.tsx";
import { publicConfigQuery } from "../../lib/account-api.ts";
import { saveToken } from "../../lib/auth-token.ts";
import { privacyPath } from "../../lib/privacy-path.ts";
import { signUp } from "./auth-api.ts";
import { AuthForm } from "./auth-form.tsx";

const ClerkSignUp = lazy(() =>
  import("./clerk-auth.tsx").then((m) => ({ default: m.ClerkSignUp })),
);

/** Clerk's own form when Clerk signs users in; otherwise the local account form. */
export function SignUpPage() {
  const config = useQuery(publicConfigQuery);
  if (config.data?.clerkPublishableKey)
    return (
      <section className="page narrow clerk">
        <Suspense fallback={<Loading />}>
          <ClerkSignUp />
        </Suspense>
      </section>
    );
  return <LocalSignUpPage />;
}

function LocalSignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const birth = useBirthDate();
  const mutation = useMutation({
    mutationFn: () => signUp({ email, password, ...birth.fields() }),
    onSuccess: ({ token }) => {
      saveToken(token);
      void navigate("/onboarding");
    },
    onError: birth.noteError,
  });
  return (
    <AuthForm
      title={t("auth.signUpTitle")}
      submitLabel={mutation.isPending ? t("auth.creating") : t("auth.createAccount")}
      busy={mutation.isPending}
      error={mutation.error}
      onSubmit={() => mutation.mutate()}
      footer={
        <>
          {t("auth.haveAccount")} <Link to="/sign-in">{t("auth.signInLink")}</Link>
        </>
      }
    >
      <label>
        {t("auth.email")}
        <input
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t("auth.password")}
        <input
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="password-hint"
        />
        <small id="password-hint" className="muted">
          {t("auth.passwordHint")}
        </small>
      </label>
      <BirthYearField birth={birth} hint={t("auth.ageHint")} />
      <p className="muted">
        {t("auth.policyNote")} <Link to={privacyPath(i18n.language)}>{t("layout.privacy")}</Link>
      </p>
    </AuthForm>
  );
}
