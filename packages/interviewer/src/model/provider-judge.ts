import { generateText, Output } from "ai";
import { z } from "zod";
import type { JudgePort, JudgeRequest } from "../scoring/judge-port.ts";
import { dimensionGuide, levelGuide, scaleGuide } from "../scoring/rubric-guide.ts";
import { withoutScorerInstructions } from "../scoring/text-features.ts";
import { candidateContentRule, toJudgeTranscript } from "./candidate-content.ts";
import { ModelUnavailableError } from "./model-port.ts";
import { type ProviderConfig, providerLanguageModel } from "./provider-language-model.ts";

const verdictSchema = z.object({
  dimensions: z.array(
    z.object({
      dimension: z.string(),
      score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      reasons: z.array(z.string()).max(4),
      evidence: z.array(z.string()),
    }),
  ),
});

function instructions(request: JudgeRequest): string {
  const dimensions = request.offline
    .map((d) => `- ${d.dimension}: ${dimensionGuide[d.dimension] ?? d.dimension}`)
    .join("\n");
  const objective = request.offline
    .map((d) => `- ${d.dimension}: ${d.score}/4 (${d.reasons.join(" ") || "no evidence"})`)
    .join("\n");
  return [
    `You are a strict, fair judge of a ${request.kind.replace("_", " ")} interview for ${levelGuide[request.level]}.`,
    `Score each rubric dimension from 1 to 4 against the bar for that level. ${scaleGuide}`,
    `Dimensions:\n${dimensions}`,
    `Objective facts measured by the system (they are true; do not contradict them):\n${request.signals.map((s) => `- ${s}`).join("\n") || "- none"}`,
    `Scores from the rule-based scorer, as a reference:\n${objective}`,
    "For every dimension give at most four short reasons and, as evidence, the turn ids (the turn attribute of <candidate_message>) the score rests on. Do not invent turn ids. Empty, off-topic or nonsensical answers score 1.",
    `${candidateContentRule} The opening tag may carry a turn attribute.`,
  ].join("\n\n");
}

/**
 * The judge behind the AI SDK: one structured-output call per finished interview, with retries
 * and a timeout. Sentences addressed to the scorer are removed from the candidate's turns before
 * they are sent, as for the offline scorer, so they cannot sway it. A failure is a
 * ModelUnavailableError, which the report records.
 */
export function createProviderJudge(config: ProviderConfig): JudgePort {
  const model = providerLanguageModel(config);
  const name = `${config.provider}:${config.model}`;
  return {
    name,
    async judge(request, signal) {
      const timeout = AbortSignal.timeout(config.timeoutMs ?? 60_000);
      const transcript = request.transcript.map((turn) =>
        turn.role === "candidate"
          ? { ...turn, text: withoutScorerInstructions(turn.text).text }
          : turn,
      );
      try {
        const { output } = await generateText({
          model,
          system: instructions(request),
          messages: [
            {
              role: "user",
              content: `${request.subject}\n\nTranscript:\n\n${toJudgeTranscript(transcript)}`,
            },
          ],
          output: Output.object({ schema: verdictSchema }),
          maxRetries: config.maxRetries ?? 2,
          maxOutputTokens: 2_000,
          abortSignal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        return output.dimensions;
      } catch (error: unknown) {
        const reason = timeout.aborted
          ? "it timed out"
          : error instanceof Error
            ? error.message
            : String(error);
        throw new ModelUnavailableError(name, `The judge (${name}) failed: ${reason}`);
      }
    },
  };
}
