import { billingStatus } from "@mentara/contracts/billing";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** The plan and this month's allowance; `billing: "off"` on a server without billing. */
export const billingQuery = queryOptions({
  queryKey: ["billing"],
  queryFn: () => apiRequest("/billing", billingStatus),
  // Answers count as they are given: read it afresh whenever a page shows it.
  staleTime: 0,
});

/** Asks the server to read the subscription from RevenueCat now (after a purchase or restore). */
export const refreshBilling = () =>
  apiRequest("/billing/refresh", billingStatus, { method: "POST" });

/** A day in the user's language; the allowance renews at 00:00 UTC, so the date is UTC's. */
export const formatDay = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));
