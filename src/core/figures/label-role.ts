// Labels for the figures whose unit or role says what they measure (issue 13): a match's
// result ("win over Russia"), an age ("age of Fort Worth girl"), a measure that modifies a
// noun (the noun: "Earth-Mars cruise"), a ratio (what it compares: "CTR of native ads"), a
// unit of measure (what it measures: "V8 engine power", "width of virtual universe"), a
// bare amount ("attendance", "number killed").
import {
  APPROXIMATORS,
  clauseSide,
  isContent,
  lowerAt,
  phraseEndingAt,
  phraseStartingAt,
  subjectOf,
  type Context,
  type FigureSpan,
  type Phrase,
} from './label-grammar';
import { dimensionOf } from './measure-units';
import { AUXILIARIES, LINKING_VERBS, PRONOUNS, participle } from './word-classes';

const RESULT_NOUNS =
  /^(?:win|wins|victory|victories|defeat|defeats|loss|losses|lead|draw|tie|record|triumph|rout|decision|vote|verdict|margin|result|scoreline|comeback|aggregate)$/;
const WIN_VERBS =
  /^(?:won|win|wins|beat|beats|beaten|defeated|defeats|d|edged|edges|topped|tops|past|blanked|downed|routed|thrashed|swept)$/;
const LOSE_VERBS = /^(?:lost|lose|loses)$/;
const RESULT_OF_VERB: Record<string, string> = {
  voted: 'vote',
  ruled: 'ruling',
  tied: 'draw',
  drew: 'draw',
  led: 'lead',
  leads: 'lead',
  trailed: 'deficit',
  trails: 'deficit',
};

// Units of a modifier that count things rather than measure them, and their plurals.
const COUNTED_UNITS: Record<string, string> = {
  page: 'pages',
  date: 'dates',
  city: 'cities',
  game: 'games',
  seat: 'seats',
  vote: 'votes',
  point: 'points',
};
// A length and the adjective after it: "230 million light-years wide", "16 feet long".
const EXTENTS: Record<string, string> = {
  wide: 'width',
  long: 'length',
  high: 'height',
  tall: 'height',
  deep: 'depth',
  thick: 'thickness',
  across: 'width',
};
// Verbs by which a machine gives its measure: "the V8 engine which produces 471 horsepower".
const GIVES =
  /^(?:produces?|produced|promises?|puts|put|offers?|delivers?|makes?|develops?|generates?|gives?|has|have|had|gets?|cranks|rated|packs?|boasts?)$/;

/** Back from a figure over "about", "some", "up to": where its clause links it. */
function before(c: Context, first: number): number {
  let i = first - 1;
  while (i >= 0 && APPROXIMATORS.has(lowerAt(c.tokens, i))) i--;
  return i;
}

/** A noun phrase that ends before a comma (an apposition: "Their virtual universe, some 230 million light-years wide"). */
function phraseBeforeComma(c: Context, comma: number, max = 4): number[] {
  if (c.tokens[comma]?.text !== ',') return [];
  const clause = new Set<number>();
  for (let i = comma - 1; i >= 0 && i >= comma - 8 && !/^[,;:.!?—–(]$/.test(c.tokens[i]!.text); i--) clause.add(i);
  return phraseEndingAt({ ...c, clause }, comma - 1, max);
}

/** Names and their joining words between two tokens: "the Netherlands", "Rockledge". */
function namesBetween(c: Context, from: number, to: number): number[] {
  const names: number[] = [];
  for (let i = from; i < to; i++) {
    const token = c.tokens[i]!;
    if (token.kind === 'word' && /^\p{Lu}/u.test(token.text)) names.push(i);
    else if (!/^(?:the|and|\.|'|’|s)$/i.test(token.text)) return [];
  }
  return names;
}

function scoreLabels(c: Context, span: FigureSpan): Phrase[] {
  const out: Phrase[] = [];
  const after = span.end + 1;
  const noun = lowerAt(c.tokens, after);
  if (RESULT_NOUNS.test(noun)) {
    // "a 2-1 win over Russia", "a 3-1 victory against Slovakia", "a 4-0 rout of Belarus"
    if (/^(?:over|against|at|of|for)$/.test(lowerAt(c.tokens, after + 1))) {
      let to = after + 2;
      while (to < after + 6 && namesBetween(c, after + 2, to + 1).length) to++;
      const names = namesBetween(c, after + 2, to);
      if (names.length) out.push([after, after + 1, ...names]);
    }
    out.push([after]);
  }
  // "got past Chile 3-0", "Viera d. Rockledge 3-1", "they lost 24-17", "voted 5-2"
  for (let verb = span.first - 1; verb >= 0 && verb >= span.first - 6; verb--) {
    const w = lowerAt(c.tokens, verb);
    const names = namesBetween(c, verb + 1, span.first);
    if (WIN_VERBS.test(w) && (names.length || verb === span.first - 1)) {
      out.push(names.length ? ['win over', ...names] : ['winning score']);
      break;
    }
    if (LOSE_VERBS.test(w)) {
      out.push(lowerAt(c.tokens, verb + 1) === 'to' && names.length ? ['loss to', ...names] : ['losing score']);
      break;
    }
    if (RESULT_OF_VERB[w]) {
      out.push([RESULT_OF_VERB[w]!]);
      break;
    }
  }
  // "Viera (4-0)", "At 4-7, the Chargers ...": a record.
  if (c.tokens[span.first - 1]?.text === '(') {
    let from = span.first - 1;
    while (from > 0 && from > span.first - 5 && /^\p{Lu}/u.test(c.tokens[from - 1]!.text)) from--;
    const team = namesBetween(c, from, span.first - 1);
    if (team.length) out.push([...team, 'record']);
  }
  if (lowerAt(c.tokens, span.first - 1) === 'at') out.push(['record']);
  return out;
}

function measureLabels(c: Context, span: FigureSpan): Phrase[] {
  const out: Phrase[] = [];
  const after = span.end + 1;
  const extent = EXTENTS[lowerAt(c.tokens, after)];
  const dimension = extent && dimensionOf(span.unit) === 'distance' ? extent : dimensionOf(span.unit);
  if (!dimension) return out;
  let link = before(c, span.first);
  // "16 feet long, six feet wide and 5.3 feet high": the sizes share the verb before the first.
  if (extent) {
    while (
      /^(?:,|and)$/.test(lowerAt(c.tokens, link)) &&
      EXTENTS[lowerAt(c.tokens, link - 1)] &&
      c.taken.has(link - 2)
    ) {
      let k = link - 2;
      while (k > 0 && c.taken.has(k - 1)) k--;
      link = before(c, k);
    }
  }
  // "Their virtual universe, some 230 million light-years wide"
  const apposition = phraseBeforeComma(c, link);
  if (extent && apposition.length && !EXTENTS[lowerAt(c.tokens, apposition.at(-1)!)])
    out.push([`${dimension} of`, ...apposition]);
  // "the new Sportback is 16 feet long"
  if (extent && LINKING_VERBS.has(lowerAt(c.tokens, link))) {
    const subject = subjectOf({ ...c, clause: new Set([...c.clause, ...clauseSide(c.tokens, link, -1)]) }, link);
    if (subject.length) out.push([`${dimension} of`, ...subject]);
  }
  // "should do 0-62 mph in 6.6 seconds": the time of a sprint.
  if (dimension === 'time' && lowerAt(c.tokens, link) === 'in') {
    const unit = link - 1;
    const [zero, dash, top] = [unit - 3, unit - 2, unit - 1];
    if (c.tokens[zero]?.text === '0' && c.tokens[dash]?.text === '-' && c.tokens[top]?.kind === 'num')
      out.push(['acceleration time for', zero, dash, top, unit]);
  }
  // "the same 5.0-liter V8 engine which produces 471 horsepower", "That promises 355 horsepower"
  let verb = link;
  if (lowerAt(c.tokens, verb) === 'out') verb--;
  if (GIVES.test(lowerAt(c.tokens, verb))) {
    let subject = subjectOf(c, verb);
    const who = lowerAt(c.tokens, verb - 1);
    // The clause ends at "which": its antecedent stands before it.
    if (/^(?:which|that)$/.test(who))
      subject = phraseEndingAt({ ...c, clause: new Set(clauseSide(c.tokens, verb - 2, -1)) }, verb - 2, 4);
    if (subject.length && !PRONOUNS.has(lowerAt(c.tokens, subject.at(-1)!))) out.push([...subject, dimension]);
  }
  // "winds gusting at times to 55 mph"
  if (dimension === 'speed') {
    for (let i = link; i >= 0 && i >= link - 4 && c.clause.has(i); i--) {
      if (/ing$/.test(lowerAt(c.tokens, i)) && isContent(c, i - 1)) {
        out.push([`${dimension} of`, ...phraseEndingAt(c, i - 1, 3)]);
        break;
      }
    }
  }
  return out;
}

// "a state Trump won by 30 points", "Jim Hood, lost by five-and-a-half points": a margin of the vote.
function marginLabels(c: Context, span: FigureSpan): Phrase[] {
  const by = before(c, span.first);
  const verb = lowerAt(c.tokens, by - 1);
  if (lowerAt(c.tokens, by) !== 'by' || !/^(?:won|win|wins|lost|lose|loses)$/.test(verb)) return [];
  const margin = /^w/.test(verb) ? 'winning margin' : 'losing margin';
  const subject = subjectOf(c, by - 1);
  const name = subject.length > 0 && subject.every((k) => /^\p{Lu}/u.test(c.tokens[k]!.text));
  return name ? [[...subject, `’s ${margin}`], [margin]] : [[margin]];
}

/** "more than 12,000 in attendance", "an original estimate of about 660,000", "as many as 200 have been killed". */
function bareCountLabels(c: Context, span: FigureSpan): Phrase[] {
  const out: Phrase[] = [];
  const after = span.end + 1;
  if (lowerAt(c.tokens, after) === 'in') {
    const np = phraseStartingAt(c, after + 1, 3);
    if (np.length === 1) out.push(np);
  }
  let verb = after;
  while (AUXILIARIES.has(lowerAt(c.tokens, verb))) verb++;
  const part = verb > after ? participle(lowerAt(c.tokens, verb)) : null;
  if (part && /ed$|en$/.test(part)) out.push(['number', part]);
  return out;
}

export interface RoleLabels {
  /** Tried before the general grammar. */
  phrases: Phrase[];
  /** Whether the general grammar is tried at all (it reads a result wrongly: "a 2-1 win" is no count of wins). */
  only: boolean;
  /** Tried last: what a unit measures, alone ("power", "weight"). */
  fallback: Phrase[];
}

/** Candidate labels from the figure's role or unit, best first. */
export function roleLabels(c: Context, span: FigureSpan): RoleLabels {
  const none: Phrase[] = [];
  const after = span.end + 1;
  switch (span.role) {
    case 'score':
      return { phrases: scoreLabels(c, span), only: true, fallback: none };
    case 'age': {
      const whose = phraseStartingAt(c, after, 4);
      return { phrases: whose.length ? [['age of', ...whose], ['age']] : [['age']], only: true, fallback: none };
    }
    case 'modifier': {
      const modified = phraseStartingAt(c, after, 5);
      // "the 30-date run", "the 180 page publication": things counted, in what they make up.
      const counted = COUNTED_UNITS[span.unit ?? ''];
      const phrases: Phrase[] = modified.length ? [modified] : [];
      if (counted && modified.length) phrases.unshift([`${counted} in`, ...modified]);
      return { phrases, only: true, fallback: none };
    }
    case 'ratio': {
      // "twice the CTR of native ads", "one quarter of the revenue of widgets", "three times its usual load"
      const next = lowerAt(c.tokens, after);
      // A share is of something ("a fifth of his trees" → "share of trees").
      const share = next === 'of' && span.unit !== '×';
      const compared = /^(?:the|its|their|his|her|our|of)$/.test(next)
        ? phraseStartingAt(c, after + (next === 'of' ? 1 : 0), share ? 4 : 5)
        : [];
      // "... CTR and user engagement, 2.5 times greater than X and about 10 times higher than Y":
      // both compare what stands before the comma.
      let start = span.first;
      if (lowerAt(c.tokens, before(c, start)) === 'and') {
        let k = before(c, start) - 1;
        while (k > 0 && k > start - 12 && !c.taken.has(k)) k--;
        while (k > 0 && c.taken.has(k - 1)) k--;
        if (c.taken.has(k)) start = k;
      }
      const apposition = phraseBeforeComma(c, before(c, start), 4);
      return {
        phrases: [share && compared.length ? ['share of', ...compared] : compared, apposition].filter((p) => p.length),
        only: false,
        fallback: none,
      };
    }
  }
  if (span.unit === 'pp') return { phrases: marginLabels(c, span), only: false, fallback: none };
  if (span.kind !== 'count') return { phrases: none, only: false, fallback: none };
  if (!span.unit) return { phrases: bareCountLabels(c, span), only: false, fallback: none };
  // "the new 2.0-liter will deliver ...", in a sentence about an engine: its size.
  if (
    /^lit(?:er|re)$/.test(span.unit) &&
    c.tokens.some((t) => /^(?:engine|motor|cylinders?|four-cylinder|V\d+)$/.test(t.text))
  )
    return { phrases: none, only: false, fallback: [['engine size']] };
  const dimension = dimensionOf(span.unit);
  if (!dimension) return { phrases: none, only: false, fallback: none };
  // "95 kWh of battery capacity", "30 grams of methamphetamine": the general grammar's "of" first.
  const phrases = lowerAt(c.tokens, after) === 'of' ? none : measureLabels(c, span);
  // Alone, "distance" and "time" say too little ("38 feet — distance"): the clause says more.
  return { phrases, only: false, fallback: /^(?:distance|time|volume|area)$/.test(dimension) ? none : [[dimension]] };
}
