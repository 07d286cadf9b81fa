export interface PolicySection {
  title: string;
  /** Paragraphs; a "Label: text" line keeps its label apart so it can be set in bold. */
  paragraphs: { label?: string; text: string }[];
}

/**
 * The client's policy text as sections: a line "N. Title" opens a section, every other line is
 * a paragraph of it. Short "Label: text" lines (section 2's list) keep their label.
 */
export function parsePolicy(text: string): PolicySection[] {
  const sections: PolicySection[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const heading = /^(\d+)\.\s+(.+)$/.exec(line);
    if (heading?.[2]) {
      sections.push({ title: `${heading[1]}. ${heading[2]}`, paragraphs: [] });
      continue;
    }
    const labelled = /^([^:.]{2,40}):\s+(.+)$/.exec(line);
    const paragraph =
      labelled?.[1] && labelled[2] ? { label: labelled[1], text: labelled[2] } : { text: line };
    sections.at(-1)?.paragraphs.push(paragraph);
  }
  return sections;
}
