// Words that end with a full stop without ending the sentence ("Mr. Wu", "Inc. said",
// "Jan. 5"). Single letters ("J. Smith", "U.S.") are handled apart.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr inc corp ltd co plc no nos vs etc approx est fig gov gen sen rep jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k'.split(
    ' ',
  ),
);

// A stop, then closing quotes or brackets, then space before a capital, digit or opening
// quote; a CJK full stop, which needs no space; or a line break, which blocks keep where
// the page had <br> (a byline over "5 min read" over "312 comments").
const BOUNDARY = /([.!?…]+)["'”’)\]]*\s+(?=["“‘'([]?[\p{Lu}\d])|[。！？]|\s*\n\s*/gu;

/** The [start, end) offsets of the sentences of a paragraph, in order. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    if (!match[0].trim() && match.index === start) {
      start = match.index + match[0].length;
      continue;
    }
    if (match[1] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index))?.[1] ?? '';
      if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) spans.push([start, text.trimEnd().length]);
  return spans;
}
