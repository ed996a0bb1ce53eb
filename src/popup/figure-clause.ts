/** A figure in the words around it: what the popup shows when no label names what it measures. */
export interface FigureClause {
  before: string;
  figure: string;
  after: string;
}

// A few words each side read as a clause, not as the sentence (issue 13: "the figure in
// its clause, marked").
const WORDS_EACH_SIDE = 5;
const CLAUSE_END = /[;:()—–"“”]|,\s/u;

/**
 * The clause of `sentence` around the figure's text: up to five words before and after it,
 * stopped at the clause's punctuation, with "…" where words were left out. Null when the
 * text is not in the sentence.
 */
export function clauseAround(sentence: string, text: string): FigureClause | null {
  const at = sentence.indexOf(text);
  if (at === -1 || text === '') return null;
  const left = sentence.slice(0, at);
  const right = sentence.slice(at + text.length);
  const leftClause = left.split(CLAUSE_END).at(-1)!;
  const rightClause = right.split(CLAUSE_END)[0]!;
  const beforeWords = leftClause.trim() === '' ? [] : leftClause.trim().split(/\s+/);
  const afterWords = rightClause.trim() === '' ? [] : rightClause.trim().split(/\s+/);
  const before = beforeWords.slice(-WORDS_EACH_SIDE).join(' ');
  const after = afterWords
    .slice(0, WORDS_EACH_SIDE)
    .join(' ')
    .replace(/[.!?]+$/u, '');
  const cutBefore = beforeWords.length > WORDS_EACH_SIDE || leftClause.length < left.length;
  const cutAfter = afterWords.length > WORDS_EACH_SIDE || rightClause.length < right.replace(/[.!?]+$/u, '').length;
  return {
    before: `${cutBefore ? '… ' : ''}${before}${before && /\s$/.test(leftClause) ? ' ' : ''}`,
    figure: text,
    after: `${after && /^\s/.test(rightClause) ? ' ' : ''}${after}${cutAfter ? ' …' : ''}`,
  };
}
