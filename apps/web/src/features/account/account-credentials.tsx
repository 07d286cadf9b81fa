import type { Me } from "@mentara/contracts/account";
import { useTranslation } from "react-i18next";
import { ChangeEmailForm } from "./change-email-form.tsx";
import { ChangePasswordForm } from "./change-password-form.tsx";

/** Profile → Email and Password for a local account; a Clerk account changes them in Clerk. */
export function AccountCredentials({ me }: { me: Me }) {
  const { t } = useTranslation();
  if (me.signInMethod === "clerk")
    return (
      <section className="card" aria-labelledby="credentials-title">
        <h2 id="credentials-title">{t("credentials.clerkTitle")}</h2>
        <p className="muted">{t("credentials.clerkManaged")}</p>
      </section>
    );
  return (
    <>
      <ChangeEmailForm me={me} />
      <ChangePasswordForm me={me} />
    </>
  );
}
