import { adultOnboardingAnswers } from "./onboarding-answers.ts";

/**
 * Signs up and onboards a fresh adult over real HTTP (for a server in its own process: browser
 * tests' helpers, benches, crash tests) and returns the bearer header.
 */
export async function signUpOverHttp(baseUrl: string, who = "candidate"): Promise<string> {
  const post = async (path: string, body: object, authorization?: string) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
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
