import { type SignInBody, type SignUpBody, tokenResponse } from "@mentara/contracts/auth";
import { apiRequest } from "../../lib/api-client.ts";

export const signUp = (body: SignUpBody) =>
  apiRequest("/auth/local/sign-up", tokenResponse, { method: "POST", body });
export const signIn = (body: SignInBody) =>
  apiRequest("/auth/local/sign-in", tokenResponse, { method: "POST", body });
