import type { Me } from "@mentara/contracts/account";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { meQuery } from "../../lib/account-api.ts";
import { changeEmail } from "./credentials-api.ts";

/** Profile → Email: a local account's new email, confirmed with its password. */
export function ChangeEmailForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const change = useMutation({
    mutationFn: () => changeEmail({ email, password }),
    onSuccess: (updated) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      setEmail("");
      setPassword("");
    },
  });
  return (
    <form
      className="card form"
      aria-labelledby="email-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate();
      }}
    >
      <h2 id="email-title">{t("credentials.emailTitle")}</h2>
      <p className="muted">{t("credentials.currentEmail", { email: me.email ?? "" })}</p>
      <label>
        {t("credentials.newEmail")}
        <input
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t("credentials.passwordToConfirm")}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {change.isError ? <ErrorNotice error={change.error} /> : null}
      {change.isSuccess ? (
        <p className="notice success" role="status">
          {t("credentials.emailChanged", { email: change.data.email ?? "" })}
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        disabled={change.isPending || !email.trim() || !password}
        aria-busy={change.isPending}
      >
        {change.isPending ? t("credentials.saving") : t("credentials.changeEmail")}
      </button>
    </form>
  );
}
