import { callApi } from "./call-api.ts";
import { adultOnboardingAnswers } from "./onboarding-answers.ts";

/**
 * Signs up and onboards a fresh adult over real HTTP (for a server in its own process: browser
 * tests' helpers, benches, crash tests) and returns the bearer header.
 */
export async function signUpOverHttp(baseUrl: string, who = "candidate"): Promise<string> {
  const post = async (path: string, body: object, authorization?: string) => {
    const response = await callApi(baseUrl, "POST", path, authorization, body);
    if (response.status >= 300)
      throw new Error(`${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const { token } = await post("/auth/local/sign-up", {
    email: `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    password: "a long enough password",
    birthYear: 1990,
  });
  const authorization = `Bearer ${String(token)}`;
  await post("/me/onboarding", adultOnboardingAnswers, authorization);
  return authorization;
}
