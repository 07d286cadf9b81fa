import { request } from "node:https";

/**
 * One HTTPS POST with node's https module, so a test CA can be trusted without changing the
 * process's trust store. Answers the status, headers and body text; throws on a network failure
 * or when no answer arrives within `timeoutMs`.
 */
export function httpsPost(
  url: string,
  options: { headers: Record<string, string>; body: string; ca?: string[]; timeoutMs: number },
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: "POST",
        headers: { ...options.headers, "content-length": Buffer.byteLength(options.body) },
        ...(options.ca ? { ca: options.ca } : {}),
        timeout: options.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    sent.on("timeout", () => sent.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    sent.on("error", reject);
    sent.end(options.body);
  });
}
