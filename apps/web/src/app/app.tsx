import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Loading } from "../components/loading.tsx";
import { OnboardingPage } from "../features/account/onboarding-page.tsx";
import { ProfilePage } from "../features/account/profile-page.tsx";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { SignUpPage } from "../features/auth/sign-up-page.tsx";
import { DashboardPage } from "../features/dashboard/dashboard-page.tsx";
import { LandingPage } from "../features/landing/landing-page.tsx";
import { AccountDeletionPage } from "../features/privacy/account-deletion-page.tsx";
import { ComparePage } from "../features/report/compare-page.tsx";
import { ReplayPage } from "../features/report/replay-page.tsx";
import { ReportPage } from "../features/report/report-page.tsx";
import { HowWeScorePage } from "../features/scoring-guide/how-we-score-page.tsx";
import { publicConfigQuery } from "../lib/account-api.ts";
import { Layout } from "./layout.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireAuth } from "./require-auth.tsx";
import { RouteError } from "./route-error.tsx";

// The interview room carries the editor and the Markdown renderer: load it only when opened.
const InterviewRoomPage = lazy(() =>
  import("../features/interview/interview-room-page.tsx").then((m) => ({
    default: m.InterviewRoomPage,
  })),
);

// The policy's full text in two languages: load it only when opened.
const PrivacyPage = lazy(() =>
  import("../features/privacy/privacy-page.tsx").then((m) => ({ default: m.PrivacyPage })),
);

// The plans page opens the store SDKs; only those who look at plans need it.
const PlansPage = lazy(() =>
  import("../features/billing/plans-page.tsx").then((m) => ({ default: m.PlansPage })),
);

// The progress page carries the charting library: load it only when opened.
const ProgressPage = lazy(() =>
  import("../features/progress/progress-page.tsx").then((m) => ({ default: m.ProgressPage })),
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: "/", element: <LandingPage /> },
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-up", element: <SignUpPage /> },
      {
        path: "/privacy",
        element: (
          <Suspense fallback={<Loading />}>
            <PrivacyPage language="en" />
          </Suspense>
        ),
      },
      {
        path: "/ru/privacy",
        element: (
          <Suspense fallback={<Loading />}>
            <PrivacyPage language="ru" />
          </Suspense>
        ),
      },
      { path: "/account/delete", element: <AccountDeletionPage /> },
      { path: "/how-we-score", element: <HowWeScorePage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: "/onboarding", element: <OnboardingPage /> },
          { path: "/profile", element: <ProfilePage /> },
          { path: "/dashboard", element: <DashboardPage /> },
          {
            path: "/plans",
            element: (
              <Suspense fallback={<Loading />}>
                <PlansPage />
              </Suspense>
            ),
          },
          {
            path: "/interview/:id",
            element: (
              <Suspense fallback={<Loading />}>
                <InterviewRoomPage />
              </Suspense>
            ),
          },
          { path: "/report/:id", element: <ReportPage /> },
          { path: "/replay/:id", element: <ReplayPage /> },
          { path: "/compare/:a/:b", element: <ComparePage /> },
          {
            path: "/progress",
            element: (
              <Suspense fallback={<Loading />}>
                <ProgressPage />
              </Suspense>
            ),
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

// Clerk's SDK is loaded only when the server says Clerk signs users in.
const ClerkShell = lazy(() =>
  import("../features/auth/clerk-auth.tsx").then((m) => ({ default: m.ClerkShell })),
);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <WithSignInProvider>
        <RouterProvider router={router} />
      </WithSignInProvider>
    </QueryClientProvider>
  );
}

/** Local accounts by default; Clerk around the app when configured. */
function WithSignInProvider({ children }: { children: ReactNode }) {
  const config = useQuery(publicConfigQuery);
  if (config.isPending) return <Loading />;
  const key = config.data?.clerkPublishableKey;
  if (!key) return children;
  return (
    <Suspense fallback={<Loading />}>
      <ClerkShell publishableKey={key}>{children}</ClerkShell>
    </Suspense>
  );
}
