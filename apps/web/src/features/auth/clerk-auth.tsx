import { ClerkProvider, SignIn, SignUp, useAuth } from "@clerk/react";
import { type ReactNode, useEffect } from "react";
import { saveToken, setTokenSource } from "../../lib/auth-token.ts";
import { setProviderSignOut } from "../../lib/sign-out.ts";

/**
 * Sign-in by Clerk (loaded only when the server publishes a Clerk key): Clerk's provider around
 * the app, and a bridge that hands Clerk's short-lived session tokens to every API call.
 */
export function ClerkShell({
  publishableKey,
  children,
}: {
  publishableKey: string;
  children: ReactNode;
}) {
  return (
    <ClerkProvider publishableKey={publishableKey} afterSignOutUrl="/">
      <ClerkBridge />
      {children}
    </ClerkProvider>
  );
}

function ClerkBridge() {
  const { isLoaded, isSignedIn, getToken, signOut } = useAuth();
  useEffect(() => {
    setTokenSource(() => getToken());
    setProviderSignOut(async () => {
      await signOut();
    });
  }, [getToken, signOut]);
  useEffect(() => {
    // The token store only says "signed in" here; the bearer itself always comes from Clerk.
    if (isLoaded) saveToken(isSignedIn ? "clerk-session" : null);
  }, [isLoaded, isSignedIn]);
  return null;
}

export function ClerkSignIn() {
  return <SignIn routing="hash" signUpUrl="/sign-up" fallbackRedirectUrl="/dashboard" />;
}

export function ClerkSignUp() {
  return <SignUp routing="hash" signInUrl="/sign-in" fallbackRedirectUrl="/onboarding" />;
}
