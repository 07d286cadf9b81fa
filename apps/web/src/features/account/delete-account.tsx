import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { deleteAccount } from "../../lib/account-api.ts";
import { signOut } from "../../lib/sign-out.ts";

/**
 * Profile → Delete account: says what goes and that a store subscription is cancelled in the
 * store, asks to type DELETE, then deletes, signs out and shows the confirmation page.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (confirming) field.current?.focus();
  }, [confirming]);
  const word = t("profile.deleteWord");
  const remove = useMutation({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      await signOut(queryClient);
      void navigate("/account/delete?done=1", { replace: true });
    },
  });
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t("profile.deleteTitle")}</h2>
      <p>{t("profile.deleteBody")}</p>
      <ul>
        <li>{t("profile.deleteGoes")}</li>
        <li>{t("profile.deleteIdentity")}</li>
        <li>
          <strong>{t("profile.deleteStore")}</strong>
        </li>
      </ul>
      {confirming ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            remove.mutate();
          }}
        >
          <label>
            {t("profile.deleteType", { word })}
            <input
              ref={field}
              value={typed}
              autoComplete="off"
              onChange={(e) => setTyped(e.target.value)}
            />
          </label>
          {remove.isError ? <ErrorNotice error={remove.error} /> : null}
          <div className="actions-row">
            <button
              type="submit"
              className="button danger"
              disabled={typed.trim().toUpperCase() !== word.toUpperCase() || remove.isPending}
              aria-busy={remove.isPending}
            >
              {remove.isPending ? t("profile.deleting") : t("profile.deleteForever")}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t("profile.deleteKeep")}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t("profile.deleteStart")}
        </button>
      )}
    </section>
  );
}
