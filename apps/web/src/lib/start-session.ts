import { type CreateSessionBody, sessionDetail } from "@mentara/contracts/sessions";
import { apiRequest } from "./api-client.ts";

/** Starts an interview (from the dashboard or a progress recommendation). */
export const startSession = (body: CreateSessionBody) =>
  apiRequest("/sessions", sessionDetail, { method: "POST", body });
