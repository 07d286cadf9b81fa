/** The durable job that writes a report (decision 007): its queue name and what it carries. */
export const writeReportJob = "write-report";

export interface WriteReportJob {
  sessionId: string;
  userId: string;
}
