/** `npm run content:stats`: how many items the question bank holds, by type, topic, difficulty and track. */

import { difficulties } from "@mentara/domain/interview";
import { behavioralQuestions, codingProblems, systemDesignPrompts } from "../src/load-content.ts";
import { competencies, topics, tracks } from "../src/schema/taxonomy.ts";

function table(title: string, rows: [string, number][]): void {
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  console.log(`\n${title.padEnd(width)}  count`);
  console.log(`${"-".repeat(width)}  -----`);
  for (const [name, value] of rows)
    console.log(`${name.padEnd(width)}  ${String(value).padStart(5)}`);
}

table("type", [
  ["coding", codingProblems.length],
  ["system design", systemDesignPrompts.length],
  ["behavioral", behavioralQuestions.length],
]);
table(
  "coding by difficulty",
  difficulties.map((d) => [d, codingProblems.filter((p) => p.difficulty === d).length]),
);
table(
  "coding by topic",
  topics.map((t) => [t, codingProblems.filter((p) => p.topics.includes(t)).length]),
);
table(
  "coding by track",
  tracks.map((t) => [t, codingProblems.filter((p) => p.tracks.includes(t)).length]),
);
table(
  "system design by track",
  tracks.map((t) => [t, systemDesignPrompts.filter((p) => p.tracks.includes(t)).length]),
);
table(
  "behavioral by competency",
  competencies.map((c) => [c, behavioralQuestions.filter((q) => q.competency === c).length]),
);
