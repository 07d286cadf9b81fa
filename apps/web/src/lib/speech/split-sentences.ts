/**
 * Cuts a reply that is still arriving into sentences to read aloud one by one: each call with
 * the text so far returns the sentences completed since the last call; `rest` gives what is left
 * once the reply is whole. A very long sentence is cut at a comma so the first audio is not late.
 */
export function createSentenceSplitter(longest = 220) {
  let taken = 0;
  const boundary = /[.!?…。]+["»”')\]]*\s+|\n+/g;
  return {
    next(textSoFar: string): string[] {
      const sentences: string[] = [];
      for (;;) {
        const pending = textSoFar.slice(taken);
        boundary.lastIndex = 0;
        const end = boundary.exec(pending);
        let cut = end ? end.index + end[0].length : -1;
        if (cut < 0 && pending.length > longest) {
          const comma = pending.lastIndexOf(", ", longest);
          cut = comma > 40 ? comma + 2 : -1;
        }
        if (cut < 0) return sentences;
        const sentence = pending.slice(0, cut).trim();
        taken += cut;
        if (sentence) sentences.push(sentence);
      }
    },
    rest(wholeText: string): string[] {
      const sentences = this.next(wholeText.endsWith(" ") ? wholeText : `${wholeText} `);
      const left = wholeText.slice(taken).trim();
      taken = wholeText.length;
      return left ? [...sentences, left] : sentences;
    },
    /** How much of the reply has been handed out. */
    get taken() {
      return taken;
    },
  };
}
