import { useEffect } from "react";
import { useNavigate } from "react-router";

let navigateNow: ((path: string) => void) | undefined;
let waiting: string | undefined;

/**
 * Opens a page from outside the interface (the native shell's links and notifications); one
 * asked for before the first render opens once the router is there.
 */
export function navigateFromOutside(path: string): void {
  if (navigateNow) navigateNow(path);
  else waiting = path;
}

/** Lends the router's navigation to `navigateFromOutside` while the app is mounted. */
export function OutsideNavigation() {
  const navigate = useNavigate();
  useEffect(() => {
    navigateNow = (path) => void navigate(path);
    if (waiting) navigateNow(waiting);
    waiting = undefined;
    return () => {
      navigateNow = undefined;
    };
  }, [navigate]);
  return null;
}
