import { readdirSync } from "node:fs";
import type { z } from "zod";
import { behavioralQuestionSchema } from "./schema/behavioral-schema.ts";
import { codingProblemSchema } from "./schema/coding-problem-schema.ts";
import { systemDesignPromptSchema } from "./schema/system-design-schema.ts";

/**
 * Loads every item file of one kind (each exports `problem`, `prompt` or `question`) and validates
 * it; a broken file stops start-up with its name and what is wrong. `load` imports one file by
 * name with a template literal under a fixed folder, which the server's bundler
 * (scripts/server-bundle.mjs) follows to bundle every file of that folder.
 */
async function loadFolder<T extends z.ZodType>(
  folder: string,
  load: (file: string) => Promise<Record<string, unknown>>,
  exportName: string,
  schema: T,
): Promise<z.output<T>[]> {
  const directory = new URL(`./${folder}/`, import.meta.url);
  const files = readdirSync(directory)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  // Imported together (their reads overlap), checked in name order.
  const modules = await Promise.all(files.map(load));
  const items: z.output<T>[] = [];
  for (const [index, file] of files.entries()) {
    const module = modules[index] ?? {};
    const parsed = schema.safeParse(module[exportName]);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ");
      throw new Error(`Question bank file ${folder}/${file} is invalid: ${problems}`);
    }
    items.push(parsed.data);
  }
  return items;
}

export const codingProblems = await loadFolder(
  "coding",
  (file) => import(`./coding/${file}`),
  "problem",
  codingProblemSchema,
);
export const systemDesignPrompts = await loadFolder(
  "system-design",
  (file) => import(`./system-design/${file}`),
  "prompt",
  systemDesignPromptSchema,
);
export const behavioralQuestions = await loadFolder(
  "behavioral",
  (file) => import(`./behavioral/${file}`),
  "question",
  behavioralQuestionSchema,
);
