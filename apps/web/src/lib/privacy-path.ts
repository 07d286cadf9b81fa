/** The privacy policy in the interface language: `/privacy` (English) or `/ru/privacy`. */
export const privacyPath = (language: string) => (language === "ru" ? "/ru/privacy" : "/privacy");
