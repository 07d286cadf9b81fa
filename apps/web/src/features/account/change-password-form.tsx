import type { Me } from "@mentara/contracts/account";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { saveToken } from "../../lib/auth-token.ts";
import { changePassword } from "./credentials-api.ts";

/** The sign-up rule, checked here too so a short password is explained before it is sent. */
const minimumLength = 8;

/**
 * Profile → Password: a local account's new password, confirmed with the current one. Every other
 * device is signed out; this one keeps going with the token the answer brings.
 */
export function ChangePasswordForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword, newPassword }),
    onSuccess: ({ token }) => {
      saveToken(token);
      setCurrentPassword("");
      setNewPassword("");
    },
  });
  return (
    <form
      className="card form"
      aria-labelledby="password-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const short = newPassword.length < minimumLength;
        setTooShort(short);
        if (!short) change.mutate();
      }}
    >
      <h2 id="password-title">{t("credentials.passwordTitle")}</h2>
      {/* For password managers: whose password this is. */}
      <input type="hidden" autoComplete="username" value={me.email ?? ""} readOnly />
      <label>
        {t("credentials.currentPassword")}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
      </label>
      <label>
        {t("credentials.newPassword")}
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={minimumLength}
          aria-invalid={tooShort}
          aria-describedby="new-password-hint"
          value={newPassword}
          onChange={(e) => {
            setNewPassword(e.target.value);
            if (e.target.value.length >= minimumLength) setTooShort(false);
          }}
        />
        <small id="new-password-hint" className={tooShort ? "field-error" : undefined}>
          {t(tooShort ? "credentials.tooShort" : "credentials.newPasswordHint", {
            min: minimumLength,
          })}
        </small>
      </label>
      {change.isError ? <ErrorNotice error={change.error} /> : null}
      {change.isSuccess ? (
        <p className="notice success" role="status">
          {t("credentials.passwordChanged")}
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        disabled={change.isPending || !currentPassword || !newPassword}
        aria-busy={change.isPending}
      >
        {change.isPending ? t("credentials.saving") : t("credentials.changePassword")}
      </button>
    </form>
  );
}
