import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { chooseLanguage, languages } from "../i18n/i18n.ts";
import { saveToken, useToken } from "../lib/auth-token.ts";

export function Layout() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = () => {
    saveToken(null);
    queryClient.clear();
    void navigate("/");
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
        <nav aria-label={t("layout.navigation")} className="topnav">
          {token ? (
            <>
              <NavLink to="/dashboard">{t("layout.dashboard")}</NavLink>
              <NavLink to="/progress">{t("layout.progress")}</NavLink>
              <button type="button" className="link-button" onClick={signOut}>
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
              onChange={(e) => chooseLanguage(e.target.value === "ru" ? "ru" : "en")}
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
        <Outlet />
      </main>
      <footer className="footer">
        <span>{t("layout.footer")}</span>
      </footer>
    </div>
  );
}
