import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Loading } from "../components/loading.tsx";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { SignUpPage } from "../features/auth/sign-up-page.tsx";
import { DashboardPage } from "../features/dashboard/dashboard-page.tsx";

import { LandingPage } from "../features/landing/landing-page.tsx";
import { ComparePage } from "../features/report/compare-page.tsx";
import { ReplayPage } from "../features/report/replay-page.tsx";
import { ReportPage } from "../features/report/report-page.tsx";
import { Layout } from "./layout.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { RequireAuth } from "./require-auth.tsx";

// The interview room carries the editor and the Markdown renderer: load it only when opened.
const InterviewRoomPage = lazy(() =>
  import("../features/interview/interview-room-page.tsx").then((m) => ({
    default: m.InterviewRoomPage,
  })),
);

// The progress page carries the charting library: load it only when opened.
const ProgressPage = lazy(() =>
  import("../features/progress/progress-page.tsx").then((m) => ({ default: m.ProgressPage })),
);

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <LandingPage /> },
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-up", element: <SignUpPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: "/dashboard", element: <DashboardPage /> },
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

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
