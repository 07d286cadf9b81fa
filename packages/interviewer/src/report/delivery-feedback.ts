/** A spoken candidate turn: its words and how it was delivered (from the transcription). */
export interface SpokenTurn {
  id: string;
  text: string;
  speech: { durationMs: number; pauses: { atMs: number; ms: number }[] };
}

export interface DeliveryFeedback {
  spokenTurns: number;
  speakingMs: number;
  wordsPerMinute: number;
  fillersPerMinute: number;
  fillers: { word: string; count: number }[];
  longPauses: { turnId: string; atMs: number; ms: number }[];
  turns: { turnId: string; wordsPerMinute: number; fillers: number; longPauses: number }[];
}

/**
 * Hesitations that carry no meaning, in English and Russian. Words that are fillers only
 * sometimes are matched only where they are: "like" set off by commas, "вот" ending a clause.
 */
const fillerPatterns: { word: string; pattern: RegExp }[] = [
  { word: "um", pattern: /(?<![\p{L}-])(?:u+m+|e+r+m+|h?m{2,})(?![\p{L}-])/giu },
  { word: "uh", pattern: /(?<![\p{L}-])(?:u+h+|e+r+|a+h+)(?![\p{L}-])/giu },
  { word: "you know", pattern: /(?<![\p{L}])you know(?=\s*[,.!?…]|$)/giu },
  { word: "I mean", pattern: /(?<![\p{L}])I mean(?=\s*,)/giu },
  { word: "like", pattern: /,\s*like\s*,/giu },
  { word: "basically", pattern: /(?<![\p{L}])basically(?![\p{L}])/giu },
  { word: "literally", pattern: /(?<![\p{L}])literally(?![\p{L}])/giu },
  { word: "э-э", pattern: /(?<![\p{L}-])(?:э+м*|э-э+|м{2,}|а-а+)(?![\p{L}-])/giu },
  { word: "ну", pattern: /(?<![\p{L}])ну(?![\p{L}])/giu },
  { word: "типа", pattern: /(?<![\p{L}])типа(?![\p{L}])/giu },
  { word: "короче", pattern: /(?<![\p{L}])короче(?![\p{L}])/giu },
  { word: "как бы", pattern: /(?<![\p{L}])как бы(?![\p{L}])/giu },
  { word: "в общем", pattern: /(?<![\p{L}])в общем(?![\p{L}])/giu },
  { word: "так сказать", pattern: /(?<![\p{L}])так сказать(?![\p{L}])/giu },
  { word: "это самое", pattern: /(?<![\p{L}])это самое(?![\p{L}])/giu },
  { word: "вот", pattern: /(?<![\p{L}])вот(?=\s*[,.!?…]|\s*$)/giu },
];

/** Every filler heard in a text, by its listed form. */
export function countFillers(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word, pattern } of fillerPatterns) {
    const found = text.match(pattern)?.length ?? 0;
    if (found > 0) counts.set(word, (counts.get(word) ?? 0) + found);
  }
  return counts;
}

const wordCount = (text: string) =>
  text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
const perMinute = (count: number, ms: number) =>
  ms > 0 ? Math.round((count / (ms / 60_000)) * 10) / 10 : 0;

/**
 * How the candidate spoke, over their spoken answers only: words and filler words per minute of
 * speaking (from each answer's first word to its last), which fillers, and each long pause with
 * the turn it happened in, so the report can link the moment in the transcript. Undefined when
 * nothing was spoken.
 */
export function deliveryFeedback(turns: readonly SpokenTurn[]): DeliveryFeedback | undefined {
  const timed = turns.filter((t) => t.speech.durationMs > 0);
  if (timed.length === 0) return undefined;
  const fillers = new Map<string, number>();
  let words = 0;
  let fillerCount = 0;
  let speakingMs = 0;
  const perTurn = timed.map((turn) => {
    const counts = countFillers(turn.text);
    const heard = [...counts.values()].reduce((a, b) => a + b, 0);
    for (const [word, count] of counts) fillers.set(word, (fillers.get(word) ?? 0) + count);
    const turnWords = wordCount(turn.text);
    words += turnWords;
    fillerCount += heard;
    speakingMs += turn.speech.durationMs;
    return {
      turnId: turn.id,
      wordsPerMinute: Math.round(perMinute(turnWords, turn.speech.durationMs)),
      fillers: heard,
      longPauses: turn.speech.pauses.length,
    };
  });
  return {
    spokenTurns: timed.length,
    speakingMs,
    wordsPerMinute: Math.round(perMinute(words, speakingMs)),
    fillersPerMinute: perMinute(fillerCount, speakingMs),
    fillers: [...fillers]
      .map(([word, count]) => ({ word, count }))
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
    longPauses: timed.flatMap((turn) =>
      turn.speech.pauses.map((pause) => ({ turnId: turn.id, atMs: pause.atMs, ms: pause.ms })),
    ),
    turns: perTurn,
  };
}
