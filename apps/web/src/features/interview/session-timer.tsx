import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatClock } from "../../lib/format.ts";

/** Time left, counted from the session's start; it turns urgent in the last five minutes. */
export function SessionTimer({
  startedAt,
  limitSec,
  stopped,
}: {
  startedAt: string;
  limitSec: number;
  stopped: boolean;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
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
