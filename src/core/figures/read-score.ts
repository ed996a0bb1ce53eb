import type { RecognisedQuantity } from './recognised-quantity';
import type { Token } from './split-tokens';

// A match's result or a team's record, "3-0", "24-17", "(4-0)": a figure when the story
// says it is one (the gold's GUIDE: "sports scores ... unless the story is about that
// score"): a result word after it ("a 2-1 win over Russia"), a verb of winning or losing
// before it across the opponent's name ("got past Chile 3-0", "they lost 24-17", "Viera
// d. Rockledge 3-1"), a record in brackets after a team ("Viera (4-0)") or opening the
// sentence ("At 4-7, the Chargers ..."). A set score ("6-4, 7-6 (5)") is a list of them,
// or carries its tie-break, and is none.
const RESULT_NOUNS =
  /^(?:win|wins|victory|victories|defeat|defeats|loss|losses|lead|draw|tie|record|triumph|rout|decision|vote|verdict|margin|result|scoreline|comeback|aggregate)$/;
const RESULT_VERBS =
  /^(?:won|win|wins|lost|lose|loses|beat|beats|beaten|defeated|defeats|d|edged|edges|topped|tops|past|blanked|downed|routed|thrashed|swept|tied|drew|levelled|leveled|level|trailed|trails|led|leads|ruled|voted|improved|fell|dropped|moved)$/;

const SCORE_PART = /^\d{1,3}$/;
const isDash = (t: Token | undefined) => !!t && /^[-–]$/.test(t.text) && !t.space;
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** Whether a score ("6-4") starts at `at`. */
function scoreAt(tokens: readonly Token[], at: number): boolean {
  const [a, dash, b] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return (
    a?.kind === 'num' &&
    SCORE_PART.test(a.text) &&
    isDash(dash) &&
    b?.kind === 'num' &&
    !b.space &&
    SCORE_PART.test(b.text)
  );
}

/** The other side and the verb before a score: "defeated the Chiefs", "got past Chile". */
function verbBefore(tokens: readonly Token[], at: number): number {
  for (let i = at - 1, names = 0; i >= 0 && i >= at - 6; i--) {
    const token = tokens[i]!;
    if (RESULT_VERBS.test(lower(token))) return i;
    if (token.text === '.' && lower(tokens[i - 1]) === 'd') continue;
    const name = token.kind === 'word' && /^\p{Lu}/u.test(token.text);
    if ((name && ++names <= 4) || /^(?:the|to|and|by)$/.test(lower(token)) || /^['’]s?$/.test(token.text)) continue;
    return -1;
  }
  return -1;
}

export function readScore(tokens: readonly Token[], at: number, text: string): RecognisedQuantity | null {
  if (!scoreAt(tokens, at)) return null;
  const before = tokens[at - 1];
  const last = at + 2;
  const after = tokens[last + 1];
  // Glued to letters or other numbers it is a name or a date ("A350-900", "11-18-19").
  if (before && !tokens[at]!.space && !/^[(“"]$/.test(before.text)) return null;
  if (after && !after.space && !/^[),.;:!?”"]$/.test(after.text)) return null;
  if (after && /^[.:]$/.test(after.text) && tokens[last + 2]?.kind === 'num' && !tokens[last + 2]!.space) return null;
  // Set scores: "6-4, 7-6 (5)", "3-6, 6-3".
  if (after?.text === '(' && tokens[last + 2]?.kind === 'num' && tokens[last + 3]?.text === ')') return null;
  if (after?.text === ',' && scoreAt(tokens, last + 2)) return null;
  if (before?.text === ',' && at >= 4 && scoreAt(tokens, at - 4)) return null;
  if (before?.text === ')' && tokens[at - 3]?.text === '(') return null;

  const result = RESULT_NOUNS.test(lower(after));
  const record =
    (before?.text === '(' &&
      after?.text === ')' &&
      tokens[at - 2]?.kind === 'word' &&
      /^\p{Lu}/u.test(tokens[at - 2]!.text)) ||
    (at === 1 && lower(before) === 'at' && after?.text === ',');
  if (!result && !record && verbBefore(tokens, at) < 0) return null;
  return {
    text: text.slice(tokens[at]!.start, tokens[last]!.end),
    value: null,
    unit: null,
    kind: 'other',
    first: at,
    last,
    end: last,
    equivalents: [],
    role: 'score',
  };
}
