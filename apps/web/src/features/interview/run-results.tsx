import type { Run } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";

const show = (value: unknown) => JSON.stringify(value);

export function RunResults({ run, running }: { run: Run | undefined; running: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="panel results" aria-labelledby="results-title" aria-busy={running}>
      <h2 id="results-title">{t("room.resultsTitle")}</h2>
      {running ? <p className="muted">{t("room.running")}</p> : null}
      {!running && !run ? <p className="empty">{t("room.noRuns")}</p> : null}
      {run && !running ? (
        <>
          <p className={`summary ${run.verdict === "passed" ? "ok" : "bad"}`} role="status">
            {t("room.summary", { passed: run.passed, total: run.total })}
          </p>
          {run.compileError ? <pre className="stderr">{run.compileError}</pre> : null}
          <ol className="tests">
            {run.tests.map((test) => (
              <li key={test.index} className={`test ${test.verdict}`}>
                <span className="verdict">
                  {t("room.testLabel", { n: test.index + 1 })}: {t(`verdicts.${test.verdict}`)}
                </span>
                {test.args ? (
                  <code className="detail">
                    {t("room.input")}: {test.args.map(show).join(", ")}
                  </code>
                ) : null}
                {test.verdict !== "passed" && "expected" in test ? (
                  <code className="detail">
                    {t("room.expected")}: {show(test.expected)} · {t("room.actual")}:{" "}
                    {show(test.actual ?? null)}
                  </code>
                ) : null}
                {test.message ? <code className="detail">{test.message}</code> : null}
                {test.stdout ? <pre className="stdout">{test.stdout}</pre> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
