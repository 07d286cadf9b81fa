import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../components/loading.tsx";
import { PageError } from "../components/page-error.tsx";
import { chooseLanguage } from "../i18n/i18n.ts";
import { meQuery } from "../lib/account-api.ts";
import { ApiError } from "../lib/api-client.ts";
import { saveToken, useToken } from "../lib/auth-token.ts";

/**
 * Pages behind sign-in: a signed-out visitor goes to sign in (and comes back after); a user who
 * has not finished onboarding goes there first; the interface takes the language they chose.
 */
export function RequireAuth() {
  const token = useToken();
  const location = useLocation();
  const { i18n } = useTranslation();
  const me = useQuery({ ...meQuery, enabled: Boolean(token) });
  // The profile's language counts once the user has chosen it (onboarding asks); until then
  // the interface keeps the stored choice or the browser's language.
  const locale = me.data?.onboarded ? me.data.locale : undefined;
  useEffect(() => {
    if (locale && locale !== i18n.language) chooseLanguage(locale);
  }, [locale, i18n.language]);
  const gone = me.error instanceof ApiError && me.error.status === 401;
  useEffect(() => {
    if (gone) saveToken(null);
  }, [gone]);
  if (!token || gone) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (me.isPending) return <Loading />;
  if (me.isError) return <PageError query={me} />;
  if (!me.data.onboarded && location.pathname !== "/onboarding")
    return <Navigate to="/onboarding" replace />;
  if (me.data.onboarded && location.pathname === "/onboarding")
    return <Navigate to="/dashboard" replace />;
  return <Outlet />;
}
