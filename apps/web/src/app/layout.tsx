import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { PushNotice } from "../components/push-notice.tsx";
import { chooseLanguage, languages } from "../i18n/i18n.ts";
import { meQuery, updateProfile } from "../lib/account-api.ts";
import { useToken } from "../lib/auth-token.ts";
import { privacyPath } from "../lib/privacy-path.ts";
import { signOut } from "../lib/sign-out.ts";

export function Layout() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const leave = () => {
    void signOut(queryClient).then(() => navigate("/"));
  };
  // Signed in, the language is part of the profile: keep it there so it follows the user.
  const switchLanguage = (language: "en" | "ru") => {
    chooseLanguage(language);
    const me = queryClient.getQueryData(meQuery.queryKey);
    if (!token || !me || me.locale === language) return;
    queryClient.setQueryData(meQuery.queryKey, { ...me, locale: language });
    void updateProfile({ locale: language }).catch(() => {});
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
        {token ? <PushNotice /> : null}
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
