import { type Me, targetRole } from "@mentara/contracts/account";
import { interviewLevel } from "@mentara/contracts/sessions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BirthYearField, useBirthDate } from "../../components/birth-year-field.tsx";
import { CheckboxField } from "../../components/checkbox-field.tsx";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { PlanSummary } from "../../components/plan-summary.tsx";
import { chooseLanguage } from "../../i18n/i18n.ts";
import {
  downloadExport,
  meQuery,
  publicConfigQuery,
  updateProfile,
} from "../../lib/account-api.ts";
import {
  askNotificationPermission,
  forgetThisDevice,
  registerThisDevice,
  thisDeviceRegistered,
} from "../../lib/push/this-device.ts";
import { AccountCredentials } from "./account-credentials.tsx";
import { AiConsentSection } from "./ai-consent-section.tsx";
import { DeleteAccount } from "./delete-account.tsx";
import { ProfileChoices } from "./profile-choices.tsx";

/** The rights page: correct your details, download everything, delete the account. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageError query={me} />;
  return (
    <section className="page narrow profile">
      <h1>{t("profile.title")}</h1>
      <ProfileForm me={me.data} />
      <AccountCredentials me={me.data} />
      <AiConsentSection me={me.data} />
      <PlanSummary />
      <ExportData />
      <DeleteAccount />
    </section>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name ?? "");
  // Correcting the year of birth goes through the age gate; the month only when it is asked.
  const birth = useBirthDate(me.birthYear === null ? "" : String(me.birthYear));
  const [role, setRole] = useState(me.targetRole ?? "software_engineer");
  const [level, setLevel] = useState(me.level ?? "mid");
  const [locale, setLocale] = useState(me.locale);
  const [reportReady, setReportReady] = useState(me.notifications.reportReady);
  const [reminders, setReminders] = useState(me.notifications.reminders);
  const config = useQuery(publicConfigQuery);
  const save = useMutation({
    mutationFn: async () => {
      const notify = reportReady || reminders;
      // The system prompt comes first, while the tap still counts as the user's.
      const permission =
        notify && !thisDeviceRegistered() ? await askNotificationPermission() : null;
      const updated = await updateProfile({
        ...(birth.changed ? birth.fields() : {}),
        name: name.trim() || null,
        targetRole: targetRole.catch("software_engineer").parse(role),
        level: interviewLevel.catch("mid").parse(level),
        locale,
        notifications: { reportReady, reminders },
      });
      // With both off the server has dropped every device; this one forgets its subscription.
      if (!notify) await forgetThisDevice();
      else if (permission === "granted" && config.data)
        await registerThisDevice(config.data.webPushKey);
      return { updated, permission };
    },
    onError: birth.noteError,
    onSuccess: ({ updated }) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      chooseLanguage(updated.locale);
    },
  });
  const permission = save.data?.permission;
  return (
    <form
      className="card form"
      aria-labelledby="details-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="details-title">{t("profile.detailsTitle")}</h2>
      <p className="muted">
        {me.email ? t("profile.signedInAs", { email: me.email }) : t("profile.signedInWithClerk")}
      </p>
      <label>
        {t("profile.name")}
        <input
          autoComplete="name"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <BirthYearField
        birth={birth}
        hint={t("profile.birthYearHint")}
        required={me.birthYear !== null}
      />
      <ProfileChoices
        role={role}
        level={level}
        language={locale}
        onRole={(next) => setRole(targetRole.catch("software_engineer").parse(next))}
        onLevel={(next) => setLevel(interviewLevel.catch("mid").parse(next))}
        onLanguage={setLocale}
      />
      <fieldset className="consent">
        <legend>{t("profile.notificationsTitle")}</legend>
        <CheckboxField
          checked={reportReady}
          onChange={setReportReady}
          label={t("profile.notifyReportReady")}
        />
        <CheckboxField
          checked={reminders}
          onChange={setReminders}
          label={t("profile.notifyReminders")}
        />
      </fieldset>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
      {save.isSuccess ? (
        <p className="notice success" role="status">
          {t("profile.saved")}
        </p>
      ) : null}
      {permission === "denied" || permission === "unsupported" ? (
        <p className="notice warning" role="status">
          {t(permission === "denied" ? "push.blockedHere" : "push.unsupportedHere")}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={save.isPending} aria-busy={save.isPending}>
        {save.isPending ? t("profile.saving") : t("profile.save")}
      </button>
    </form>
  );
}

function ExportData() {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: downloadExport });
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t("profile.exportTitle")}</h2>
      <p className="muted">{t("profile.exportBody")}</p>
      {download.isError ? <ErrorNotice error={download.error} /> : null}
      <button
        type="button"
        className="button secondary"
        disabled={download.isPending}
        aria-busy={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t("profile.exporting") : t("profile.export")}
      </button>
    </section>
  );
}
