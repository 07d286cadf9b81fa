/**
 * `npm run calibrate`: scores every graded answer set through the product's own scorers (code runs
 * in the real sandbox) and prints a table, then the order violations; the last line is JSON.
 */
import { behavioralCases } from "@mentara/interviewer/calibration/behavioral-cases";
import { codingCases } from "@mentara/interviewer/calibration/coding-cases";
import { designCases } from "@mentara/interviewer/calibration/design-cases";
import { createSandbox } from "@mentara/sandbox/create-sandbox";
import { calibrationViolations, groupBy } from "../src/calibration/check-calibration.ts";
import {
  type CalibrationResult,
  scoreBehavioralCase,
  scoreCodingCase,
  scoreDesignCase,
} from "../src/calibration/run-calibration.ts";

const sandbox = await createSandbox({ jsWorkers: 2, pythonWorkers: 1, maxQueue: 64 });
const results: CalibrationResult[] = [];
try {
  // One case at a time: measuring complexity on a busy pool would spend its time budget queueing.
  for (const c of codingCases) results.push(await scoreCodingCase(c, sandbox));
} finally {
  await sandbox.close();
}
results.push(...designCases.map(scoreDesignCase), ...behavioralCases.map(scoreBehavioralCase));

const pad = (text: string, width: number) => text.padEnd(width).slice(0, width);
for (const type of ["coding", "system_design", "behavioral"] as const) {
  const rows = results.filter((r) => r.type === type);
  const variants = [...new Set(rows.map((r) => r.variant))];
  console.log(`\n${type} (score 0–100 at mid level; [4/4 judge] where it differs)`);
  console.log(`${pad("", 50)}${variants.map((v) => pad(v, 22)).join("")}`);
  for (const [group, cases] of groupBy(rows, (r) => r.group)) {
    const cells = variants.map((v) => {
      const r = cases.find((c) => c.variant === v);
      if (!r) return pad("–", 22);
      const judged = r.judged.score !== r.score ? ` [${r.judged.score}]` : "";
      return pad(`${r.score}${judged} ${r.detail ? `(${r.detail})` : ""}`, 22);
    });
    console.log(`${pad(`${group} (${cases[0]?.language})`, 50)}${cells.join("")}`);
  }
}
const violations = calibrationViolations(results);
console.log(`\n${violations.length ? violations.join("\n") : "No order violations."}`);
console.log(
  JSON.stringify({
    cases: results.length,
    coding: results.filter((r) => r.type === "coding").length,
    system_design: results.filter((r) => r.type === "system_design").length,
    behavioral: results.filter((r) => r.type === "behavioral").length,
    violations: violations.length,
  }),
);
