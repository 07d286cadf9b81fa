/**
 * One JSON call to a server in its own process (crash tests, benches, browser-test set-up):
 * the status and the parsed body.
 */
export async function callApi(
  base: string,
  method: string,
  path: string,
  authorization?: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: {
      ...(authorization ? { authorization } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
