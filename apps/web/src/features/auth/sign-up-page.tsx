import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { saveToken } from "../../lib/auth-token.ts";
import { signUp } from "./auth-api.ts";
import { AuthForm } from "./auth-form.tsx";

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [birthYear, setBirthYear] = useState("");
  const mutation = useMutation({
    mutationFn: () => signUp({ email, password, birthYear: Number(birthYear) }),
    onSuccess: ({ token }) => {
      saveToken(token);
      void navigate("/dashboard");
    },
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
      <label>
        {t("auth.birthYear")}
        <input
          type="number"
          inputMode="numeric"
          min={1900}
          max={new Date().getFullYear()}
          required
          value={birthYear}
          onChange={(e) => setBirthYear(e.target.value)}
          aria-describedby="age-hint"
        />
        <small id="age-hint" className="muted">
          {t("auth.ageHint")}
        </small>
      </label>
    </AuthForm>
  );
}
