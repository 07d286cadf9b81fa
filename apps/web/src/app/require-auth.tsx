import { Navigate, Outlet, useLocation } from "react-router";
import { useToken } from "../lib/auth-token.ts";

/** Pages behind sign-in send a signed-out visitor to sign in, then back where they were going. */
export function RequireAuth() {
  const token = useToken();
  const location = useLocation();
  if (!token) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
