import { transform } from "sucrase";

/** Strips TypeScript types in-process; a syntax error comes back as a message with its line. */
export function transpileTypeScript(code: string): { code: string } | { error: string } {
  try {
    return {
      code: transform(code, { transforms: ["typescript"], disableESTransforms: true }).code,
    };
  } catch (error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Candidates often paste `export function …`; scripts cannot export, so the keyword is dropped. */
export function dropTopLevelExports(code: string): string {
  return code.replace(
    /^export\s+(default\s+)?(?=(async\s+)?(function|class|const|let|var)\b)/gm,
    "",
  );
}
