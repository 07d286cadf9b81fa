import type { Run } from "@mentara/contracts/sessions";
import { useState } from "react";
import { useTranslation } from "react-i18next";

const show = (value: unknown) => JSON.stringify(value);

/**
 * The latest run: the summary and the tests that failed; every test on request. Arguments and
 * expected values are shown only where the server sent them (examples and the first failure).
 */
export function RunResults({
  run,
  running,
  id,
  className = "",
}: {
  run: Run | undefined;
  running: boolean;
  id?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const failing = run?.tests.filter((test) => test.verdict !== "passed") ?? [];
  const shown = all ? (run?.tests ?? []) : failing;
  return (
    <section
      id={id}
      className={`panel results ${className}`}
      aria-labelledby="results-title"
      aria-busy={running}
    >
      <h2 id="results-title">{t("room.resultsTitle")}</h2>
      {running ? <p className="muted">{t("room.running")}</p> : null}
      {!running && !run ? <p className="empty">{t("room.noRuns")}</p> : null}
      {run && !running ? (
        <>
          <p className={`summary ${run.verdict === "passed" ? "ok" : "bad"}`} role="status">
            {t("room.summary", { passed: run.passed, total: run.total })}
          </p>
          {run.compileError ? <pre className="stderr">{run.compileError}</pre> : null}
          {failing.length === 0 && !all && !run.compileError ? (
            <p className="muted">{t("room.allPassed")}</p>
          ) : null}
          <ol className="tests">
            {shown.map((test) => (
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
          {run.tests.length > failing.length ? (
            <button type="button" className="link-button dark" onClick={() => setAll(!all)}>
              {all ? t("room.showFailing") : t("room.showAllTests", { count: run.tests.length })}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
