import type { Band } from "@mentara/domain/rubric";

/**
 * Passed well: the band is hire or better and, for coding, every test passed. Anything less keeps
 * a problem in review; a problem passed well is not offered again soon.
 */
export function passedWell(report: {
  type: string;
  band: Band;
  testsPassed: number;
  testsTotal: number;
}): boolean {
  const hired = report.band === "hire" || report.band === "strong_hire";
  const testsPass =
    report.type !== "coding" || (report.testsTotal > 0 && report.testsPassed === report.testsTotal);
  return hired && testsPass;
}
