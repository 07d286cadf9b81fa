/** Lines that carry code: not blank, not only a comment or a lone bracket. */
function codeLines(code: string): string[] {
  return code
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0 && !/^(\/\/|#|\/\*|\*|"""|''')/.test(line))
    .filter((line) => !/^[{}()[\];,]+$/.test(line));
}

/**
 * How many lines of the code the candidate wrote themselves: code lines that are not in the
 * problem's starter code. Untouched or emptied starter code counts 0.
 */
export function ownCodeLines(code: string, starterCode: string): number {
  const starter = new Set(codeLines(starterCode));
  return codeLines(code).filter((line) => !starter.has(line)).length;
}
