import { whiteboardSnapshot } from "@mentara/contracts/whiteboard";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export const boardQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["whiteboard", sessionId],
    queryFn: () => apiRequest(`/sessions/${sessionId}/whiteboard`, whiteboardSnapshot.nullable()),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const saveBoard = (sessionId: string, elements: readonly object[]) =>
  apiRequest(`/sessions/${sessionId}/whiteboard`, whiteboardSnapshot, {
    method: "PUT",
    body: { elements },
  });
