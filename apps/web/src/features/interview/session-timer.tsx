import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock } from "../../lib/format.ts";

/**
 * Time left, counted on the server's clock from the session's start (`serverTime` is the server's
 * time when the page loaded, so a phone whose clock is off, or that slept, still shows the truth);
 * it turns urgent in the last five minutes.
 */
export function SessionTimer({
  startedAt,
  limitSec,
  serverTime,
  stopped,
}: {
  startedAt: string;
  limitSec: number;
  serverTime: string;
  stopped: boolean;
}) {
  const { t } = useTranslation();
  const skew = useMemo(() => new Date(serverTime).getTime() - Date.now(), [serverTime]);
  const [localNow, setNow] = useState(() => Date.now());
  const now = localNow + skew;
  useEffect(() => {
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [stopped]);
  const left = limitSec - (now - new Date(startedAt).getTime()) / 1000;
  return (
    <span
      className={`timer ${left < 300 ? "urgent" : ""}`}
      role="timer"
      aria-label={t("room.timeLeft")}
    >
      {formatClock(left)}
    </span>
  );
}
