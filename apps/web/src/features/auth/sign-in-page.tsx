import { useMutation, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { publicConfigQuery } from "../../lib/account-api.ts";
import { saveToken } from "../../lib/auth-token.ts";
import { signIn } from "./auth-api.ts";
import { AuthForm } from "./auth-form.tsx";

const ClerkSignIn = lazy(() =>
  import("./clerk-auth.tsx").then((m) => ({ default: m.ClerkSignIn })),
);

/** Clerk's own form when Clerk signs users in; otherwise the local account form. */
export function SignInPage() {
  const config = useQuery(publicConfigQuery);
  if (config.data?.clerkPublishableKey)
    return (
      <section className="page narrow clerk">
        <Suspense fallback={<Loading />}>
          <ClerkSignIn />
        </Suspense>
      </section>
    );
  return <LocalSignInPage />;
}

function LocalSignInPage() {
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
