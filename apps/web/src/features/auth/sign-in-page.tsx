import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { saveToken } from "../../lib/auth-token.ts";
import { signIn } from "./auth-api.ts";
import { AuthForm } from "./auth-form.tsx";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = typeof location.state?.from === "string" ? location.state.from : "/dashboard";
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const mutation = useMutation({
    mutationFn: () => signIn({ email, password }),
    onSuccess: ({ token }) => {
      saveToken(token);
      void navigate(from, { replace: true });
    },
  });
  return (
    <AuthForm
      title={t("auth.signInTitle")}
      submitLabel={mutation.isPending ? t("auth.signingIn") : t("auth.signIn")}
      busy={mutation.isPending}
      error={mutation.error}
      onSubmit={() => mutation.mutate()}
      footer={
        <>
          {t("auth.noAccount")} <Link to="/sign-up">{t("auth.signUpLink")}</Link>
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
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
    </AuthForm>
  );
}
