import type { ReactNode } from "react";
import { Route, Routes } from "react-router";
import { LandingPage } from "../features/landing/landing-page.tsx";
import { Layout } from "./layout.tsx";
import { lazyPage, PageLoading } from "./lazy-page.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

// Every other page is its own chunk, fetched when first opened (decision 017).
const SignInPage = lazyPage(() =>
  import("../features/auth/sign-in-page.tsx").then((m) => m.SignInPage),
);
const SignUpPage = lazyPage(() =>
  import("../features/auth/sign-up-page.tsx").then((m) => m.SignUpPage),
);
// The policy's full text in two languages.
const PrivacyPage = lazyPage(() =>
  import("../features/privacy/privacy-page.tsx").then((m) => m.PrivacyPage),
);
const AccountDeletionPage = lazyPage(() =>
  import("../features/privacy/account-deletion-page.tsx").then((m) => m.AccountDeletionPage),
);
const HowWeScorePage = lazyPage(() =>
  import("../features/scoring-guide/how-we-score-page.tsx").then((m) => m.HowWeScorePage),
);
const RequireAuth = lazyPage(() => import("./require-auth.tsx").then((m) => m.RequireAuth));
const OnboardingPage = lazyPage(() =>
  import("../features/account/onboarding-page.tsx").then((m) => m.OnboardingPage),
);
const ProfilePage = lazyPage(() =>
  import("../features/account/profile-page.tsx").then((m) => m.ProfilePage),
);
const DashboardPage = lazyPage(() =>
  import("../features/dashboard/dashboard-page.tsx").then((m) => m.DashboardPage),
);
// The plans page opens the store SDKs.
const PlansPage = lazyPage(() =>
  import("../features/billing/plans-page.tsx").then((m) => m.PlansPage),
);
// The interview room carries the editor and the Markdown renderer.
const InterviewRoomPage = lazyPage(() =>
  import("../features/interview/interview-room-page.tsx").then((m) => m.InterviewRoomPage),
);
const ReportPage = lazyPage(() =>
  import("../features/report/report-page.tsx").then((m) => m.ReportPage),
);
const ReplayPage = lazyPage(() =>
  import("../features/report/replay-page.tsx").then((m) => m.ReplayPage),
);
const ComparePage = lazyPage(() =>
  import("../features/report/compare-page.tsx").then((m) => m.ComparePage),
);
// The progress page carries the charting library.
const ProgressPage = lazyPage(() =>
  import("../features/progress/progress-page.tsx").then((m) => m.ProgressPage),
);

const loading = (page: ReactNode) => <PageLoading>{page}</PageLoading>;

/** Every page by its address, inside the frame; the landing page alone ships with the app. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<LandingPage />} />
        <Route path="/sign-in" element={loading(<SignInPage />)} />
        <Route path="/sign-up" element={loading(<SignUpPage />)} />
        <Route path="/privacy" element={loading(<PrivacyPage language="en" />)} />
        <Route path="/ru/privacy" element={loading(<PrivacyPage language="ru" />)} />
        <Route path="/account/delete" element={loading(<AccountDeletionPage />)} />
        <Route path="/how-we-score" element={loading(<HowWeScorePage />)} />
        <Route element={loading(<RequireAuth />)}>
          <Route path="/onboarding" element={loading(<OnboardingPage />)} />
          <Route path="/profile" element={loading(<ProfilePage />)} />
          <Route path="/dashboard" element={loading(<DashboardPage />)} />
          <Route path="/plans" element={loading(<PlansPage />)} />
          <Route path="/interview/:id" element={loading(<InterviewRoomPage />)} />
          <Route path="/report/:id" element={loading(<ReportPage />)} />
          <Route path="/replay/:id" element={loading(<ReplayPage />)} />
          <Route path="/compare/:a/:b" element={loading(<ComparePage />)} />
          <Route path="/progress" element={loading(<ProgressPage />)} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
