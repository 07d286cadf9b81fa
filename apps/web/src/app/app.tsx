import { lazy, type ReactNode, Suspense, use } from "react";
import { BrowserRouter } from "react-router";
import { Loading } from "../components/loading.tsx";
import { startupConfig } from "../lib/public-config.ts";
import { OutsideNavigation } from "./outside-navigation.tsx";
import { RouteErrorBoundary } from "./route-error-boundary.tsx";
import { AppRoutes } from "./routes.tsx";

// Clerk's SDK is loaded only when the server says Clerk signs users in.
const ClerkShell = lazy(() =>
  import("../features/auth/clerk-auth.tsx").then((m) => ({ default: m.ClerkShell })),
);

export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <WithSignInProvider>
        <BrowserRouter>
          <OutsideNavigation />
          <RouteErrorBoundary>
            <AppRoutes />
          </RouteErrorBoundary>
        </BrowserRouter>
      </WithSignInProvider>
    </Suspense>
  );
}

/** Local accounts by default; Clerk around the app when configured. */
function WithSignInProvider({ children }: { children: ReactNode }) {
  const key = use(startupConfig())?.clerkPublishableKey;
  if (!key) return children;
  return <ClerkShell publishableKey={key}>{children}</ClerkShell>;
}
