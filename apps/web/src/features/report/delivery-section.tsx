import type { Report } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** How the spoken answers were delivered: pace, filler words and long pauses, each moment linked. */
export function DeliverySection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const delivery = report.delivery;
  if (!delivery) return null;
  const pace =
    delivery.wordsPerMinute < 110 ? "slow" : delivery.wordsPerMinute > 170 ? "fast" : "steady";
  const fillerLevel =
    delivery.fillersPerMinute <= 2 ? "few" : delivery.fillersPerMinute <= 5 ? "some" : "many";
  const answerNumber = new Map(delivery.turns.map((turn, index) => [turn.turnId, index + 1]));
  const moment = (turnId: string) => `/interview/${report.sessionId}#turn-${turnId}`;
  return (
    <section className="card delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title">{t("delivery.title")}</h2>
      <p className="muted">
        {t("delivery.basis", {
          count: delivery.spokenTurns,
          minutes: (delivery.speakingMs / 60_000).toFixed(1),
        })}
      </p>
      <dl className="delivery-figures">
        <div>
          <dt>{t("delivery.pace")}</dt>
          <dd>
            {t("delivery.wordsPerMinute", { count: delivery.wordsPerMinute })} —{" "}
            {t(`delivery.paceVerdict.${pace}`)}
          </dd>
        </div>
        <div>
          <dt>{t("delivery.fillers")}</dt>
          <dd>
            {t("delivery.fillersPerMinute", { value: delivery.fillersPerMinute })} —{" "}
            {t(`delivery.fillerVerdict.${fillerLevel}`)}
            {delivery.fillers.length > 0
              ? ` (${delivery.fillers.map((f) => `“${f.word}” ×${f.count}`).join(", ")})`
              : ""}
          </dd>
        </div>
        <div>
          <dt>{t("delivery.longPauses")}</dt>
          <dd>
            {delivery.longPauses.length === 0
              ? t("delivery.noLongPauses")
              : t("delivery.longPauseCount", { count: delivery.longPauses.length })}
          </dd>
        </div>
      </dl>
      {delivery.longPauses.length > 0 ? (
        <ul className="delivery-moments">
          {delivery.longPauses.map((pause) => (
            <li key={`${pause.turnId}-${pause.atMs}`}>
              <a href={moment(pause.turnId)}>
                {t("delivery.pauseMoment", {
                  seconds: seconds(pause.ms),
                  at: seconds(pause.atMs),
                  answer: answerNumber.get(pause.turnId) ?? "?",
                })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t("delivery.perAnswer")}</h3>
      <ul className="delivery-moments">
        {delivery.turns.map((turn, index) => (
          <li key={turn.turnId}>
            <a href={moment(turn.turnId)}>
              {t("delivery.answerLine", {
                answer: index + 1,
                wpm: turn.wordsPerMinute,
                fillers: turn.fillers,
                pauses: turn.longPauses,
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
