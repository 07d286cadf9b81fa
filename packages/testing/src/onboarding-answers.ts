/** What an adult who agrees to AI processing answers in onboarding. */
export const adultOnboardingAnswers = {
  aiConsent: true,
  targetRole: "backend",
  level: "mid",
  locale: "en",
} as const;
