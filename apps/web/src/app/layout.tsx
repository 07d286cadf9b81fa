import type { Me } from "@mentara/contracts/account";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { chooseLanguage, interfaceStringsReady, languages } from "../i18n/i18n.ts";
import { useToken } from "../lib/auth-token.ts";
import { meQueryKey } from "../lib/me-query-key.ts";
import { privacyPath } from "../lib/privacy-path.ts";

// Signed-in parts of the frame arrive with the first signed-in page, not with the landing page.
const PushNotice = lazy(async () => {
  const [{ PushNotice }] = await Promise.all([
    import("../components/push-notice.tsx"),
    interfaceStringsReady(),
  ]);
  return { default: PushNotice };
});

export function Layout() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const leave = () => {
    void Promise.all([import("../lib/sign-out.ts"), import("../lib/query-client.ts")])
      .then(([{ signOut }, { queryClient }]) => signOut(queryClient))
      .then(() => navigate("/"));
  };
  // Signed in, the language is part of the profile: keep it there so it follows the user. The
  // cached profile changes first, so the signed-in pages do not switch the language back.
  const switchLanguage = (language: "en" | "ru") => {
    if (!token) {
      void chooseLanguage(language);
      return;
    }
    void import("../lib/query-client.ts")
      .then(({ queryClient }) => {
        const me = queryClient.getQueryData<Me>(meQueryKey);
        if (!me || me.locale === language) return;
        queryClient.setQueryData<Me>(meQueryKey, { ...me, locale: language });
        void import("../lib/account-api.ts")
          .then(({ updateProfile }) => updateProfile({ locale: language }))
          .catch(() => {});
      })
      .finally(() => void chooseLanguage(language));
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("layout.skip")}
      </a>
      <header className="topbar">
        <Link to={token ? "/dashboard" : "/"} className="brand">
          Mentara
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="topnav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {menuOpen ? t("layout.closeMenu") : t("layout.menu")}
        </button>
        <nav
          id="topnav"
          aria-label={t("layout.navigation")}
          className={`topnav ${menuOpen ? "open" : ""}`}
          onClick={(event) => {
            // Choosing a page closes the phone menu; the language picker keeps it open.
            if (event.target instanceof Element && event.target.closest("a, button"))
              setMenuOpen(false);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") setMenuOpen(false);
          }}
        >
          {token ? (
            <>
              <NavLink to="/dashboard">{t("layout.dashboard")}</NavLink>
              <NavLink to="/progress">{t("layout.progress")}</NavLink>
              <NavLink to="/profile">{t("layout.profile")}</NavLink>
              <button type="button" className="link-button" onClick={leave}>
                {t("layout.signOut")}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/sign-in">{t("layout.signIn")}</NavLink>
              <NavLink to="/sign-up" className="button small">
                {t("layout.signUp")}
              </NavLink>
            </>
          )}
          <label className="language">
            <span className="visually-hidden">{t("layout.language")}</span>
            <select
              value={i18n.language}
              onChange={(e) => switchLanguage(e.target.value === "ru" ? "ru" : "en")}
            >
              {languages.map((language) => (
                <option key={language} value={language}>
                  {language.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
        </nav>
      </header>
      <main id="main">
        {token ? (
          <Suspense fallback={null}>
            <PushNotice />
          </Suspense>
        ) : null}
        <Outlet />
      </main>
      <footer className="footer">
        <span>{t("layout.footer")}</span>
        <nav aria-label={t("layout.legal")} className="footer-links">
          <Link to={privacyPath(i18n.language)}>{t("layout.privacy")}</Link>
          <Link to="/account/delete">{t("layout.deleteAccount")}</Link>
          <Link to="/how-we-score">{t("layout.howWeScore")}</Link>
        </nav>
      </footer>
    </div>
  );
}
