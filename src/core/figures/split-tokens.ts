/** A piece of a sentence: a numeral, a word or one other visible character. */
export interface Token {
  text: string;
  kind: 'num' | 'word' | 'sym';
  /** Offset in the text that was split. */
  start: number;
  end: number;
  /** Whitespace stands before it ("380B" has none before "B"; "380 billion" has). */
  space: boolean;
}

// A numeral runs from digit to digit through separators ("1,234.5", "1.234,5", "380 000"
// with the no-break spaces French and Swiss pages use). A word keeps its inner apostrophes,
// hyphens and dots ("Alibaba's", "year-over-year", "U.S"), so "five-minute" and
// "triple-digit" stay one word and never look like a bare number.
const TOKEN = /(\d(?:[\d.,\u00a0\u202f]*\d)?)|([\p{L}\p{M}]+(?:['’.-][\p{L}\p{M}]+)*)|(\S)/gu;

export function splitTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({
      text: match[0],
      kind: match[1] ? 'num' : match[2] ? 'word' : 'sym',
      start,
      end: start + match[0].length,
      space: start > previousEnd || start === 0,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}
