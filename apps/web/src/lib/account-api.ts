import {
  accountDeletionResult,
  meResponse,
  type OnboardingBody,
  type ProfileBody,
} from "@mentara/contracts/account";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import { apiUrl } from "./api-origin.ts";
import { bearerToken } from "./auth-token.ts";
import { meQueryKey } from "./me-query-key.ts";

export { publicConfigQuery } from "./public-config-query.ts";

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: () => apiRequest("/me", meResponse),
});

export const onboard = (body: OnboardingBody) =>
  apiRequest("/me/onboarding", meResponse, { method: "POST", body });

export const updateProfile = (body: ProfileBody) =>
  apiRequest("/me", meResponse, { method: "PATCH", body });

export const deleteAccount = () => apiRequest("/me", accountDeletionResult, { method: "DELETE" });

/** Downloads everything Mentara holds on the user as a JSON file, named as the server names it. */
export async function downloadExport(): Promise<void> {
  const token = await bearerToken();
  const response = await fetch(apiUrl("/me/export"), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`export failed (HTTP ${response.status})`);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
    "mentara-export.json";
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
