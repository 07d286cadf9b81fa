import { rootCertificates } from "node:tls";

/** What a push notification says: no interview content and no score. */
export interface PushMessage {
  title: string;
  body: string;
  /** The app path it opens, such as /report/<id>. */
  link: string;
  /** Notifications with one tag replace each other (report-ready, review-reminder). */
  tag: string;
}

/** The outcome of one delivery: handed to the push service, or the device token is gone. */
export type Delivery = "sent" | "gone";

/** One device's push service: Web Push, APNs or FCM. */
export interface PushSender {
  send(token: string, message: PushMessage): Promise<Delivery>;
}

/**
 * The service could not take the notification now (429, 5xx, a network failure): the job tries
 * again later. Any other failure is thrown as a plain Error.
 */
export class PushRetryLater extends Error {
  override readonly name = "PushRetryLater";
}

/**
 * The certificate authorities to trust: the system's, plus `extra` (a test CA for the loopback
 * fakes); undefined means Node's defaults (which include NODE_EXTRA_CA_CERTS).
 */
export const trustedCas = (extra: string | undefined): string[] | undefined =>
  extra ? [...rootCertificates, extra] : undefined;

/** Whether an HTTP status means "try again later". */
export const isRetryable = (status: number): boolean => status === 429 || status >= 500;
