import {
  CHANGE_WORDS,
  CLAUSE_WORDS,
  clauseSide,
  COMPARATIVE,
  EMPTY_HEADS,
  isContent,
  isFunction,
  isVerbForm,
  isWord,
  linkBefore,
  lowerAt,
  MAX_WORDS,
  phraseEndingAt,
  phraseStartingAt,
  prepositional,
  render,
  subjectOf,
  TIME_WORDS,
  type Context,
  type FigureSpan,
  type Phrase,
} from './label-grammar';
import { roleLabels } from './label-role';
import { isMeasure } from './measure-units';
import type { Token } from './split-tokens';
import {
  ADVERBS,
  AUXILIARIES,
  CHANGE_NOUNS,
  CONJUNCTIONS,
  DETERMINERS,
  isGerund,
  isPresentVerb,
  LINKING_VERBS,
  participle,
  PRICE_NOUNS,
  BASE_PARTICIPLES,
  baseParticiple,
  PREPOSITIONS,
  SUM_NOUNS,
} from './word-classes';

export type { FigureSpan } from './label-grammar';

/**
 * The words a label may add to those of its sentence: the nouns of changes and sums
 * ("rise", "spending", "purchase price"), the participles of its verbs, and the few words
 * that join them ("in", "of", "share of ... who", "time to", "age of", "to be").
 */
export const ADDED_WORDS: ReadonlySet<string> = new Set(
  [
    'in of share who that time to be age price value cost estimate starting per without hourly daily weekly monthly annual how long',
    'engine size discount',
    // Results, margins and what a unit measures (label-role.ts).
    'win over loss losing winning score record vote ruling draw lead deficit margin number for acceleration',
    'power torque capacity speed weight calories temperature distance width length height depth thickness',
    ...Object.values(CHANGE_NOUNS),
    ...Object.values(SUM_NOUNS),
    ...Object.values(PRICE_NOUNS),
    ...Object.values(BASE_PARTICIPLES),
  ].flatMap((words) => words.split(' ')),
);

/** A label must read as a phrase: 1 to 8 words, a content word in it, no dangling function word at either end. */
function acceptable(label: string): boolean {
  const parts = label.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_WORDS) return false;
  const lower = parts.map((p) => p.toLowerCase());
  if (!lower.some((w) => /\p{L}{2,}/u.test(w) && !isFunction(w) && !ADVERBS.has(w))) return false;
  const last = lower.at(-1)!;
  const first = lower[0]!;
  if (
    isFunction(last) ||
    ADVERBS.has(last) ||
    // "observations by W" (the W. M. Keck Observatory cut at its initial)
    (/^\p{L}$/u.test(last) && parts.length > 1) ||
    last === 'not' ||
    COMPARATIVE.test(last) ||
    (isPresentVerb(last) && !ADDED_WORDS.has(last))
  )
    return false;
  if ((PREPOSITIONS.has(first) && first !== 'per') || AUXILIARIES.has(first) || CONJUNCTIONS.has(first)) return false;
  return !/\d/.test(label) || !/^\d/.test(parts[0]!);
}

/** The figure's own unit words, after the number: "10 human cases" → "human cases". */
function unitWords(c: Context, span: FigureSpan): number[] {
  const n = span.number ?? span.first;
  const unit: number[] = [];
  // Words, less a model's code ("Airbus A350-900 jets" → "Airbus jets": the number stays the figure's).
  for (let i = n + 1; i <= span.last; i++) {
    const model = c.tokens[i + 1]?.kind === 'num' && !c.tokens[i + 1]!.space;
    if (c.tokens[i]!.kind === 'word' && !model && (c.tokens[i]!.space || c.tokens[i - 1]?.kind !== 'num')) unit.push(i);
  }
  // "million", "dozen": the number's words, not the unit's; "of those": the part's, not the whole's.
  while (
    unit.length > 1 &&
    /^(?:thousand|million|billion|trillion|dozen|hundred|and|of|those|these|the|its|their|his|her|our)$/i.test(
      c.tokens[unit[0]!]!.text,
    )
  )
    unit.shift();
  return unit;
}

/**
 * What follows a count: "of plague have been diagnosed in China" → [of plague] [diagnosed]
 * [in China]. `subject` says the count may be the subject of the verb after it (it is not
 * when a preposition stands before it: "in 21 cities have been killed").
 */
function countComplement(c: Context, after: number, subject: boolean, withCount = false, ofCount = false): Phrase {
  const out: Phrase = [];
  let i = after;
  if (lowerAt(c.tokens, i) === 'of') {
    const np = phraseStartingAt(c, i + 1, 3);
    if (np.length) {
      out.push(...prepositional(c, i, np));
      i = np.at(-1)! + 1;
    }
  }
  // "106 protesters in 21 cities have been killed": a phrase holding another figure is stepped over.
  let j = i;
  if (PREPOSITIONS.has(lowerAt(c.tokens, j)) && c.taken.has(j + 1)) {
    j++;
    while (c.taken.has(j)) j++;
  }
  const stepped = j;
  while (c.clause.has(j) && (AUXILIARIES.has(lowerAt(c.tokens, j)) || ADVERBS.has(lowerAt(c.tokens, j)))) j++;
  const w = lowerAt(c.tokens, j);
  const tail = (p: number) => {
    if (/^(?:in|at|on|by|from|to|into|without|with|for)$/.test(lowerAt(c.tokens, p))) {
      const np = phraseStartingAt(c, p + 1, 3);
      if (np.length && !np.some((k) => c.taken.has(k)) && !TIME_WORDS.test(lowerAt(c.tokens, np[0]!)))
        return prepositional(c, p, np);
    }
    return [];
  };
  const part = c.clause.has(j) && !c.taken.has(j) && subject ? participle(w) : null;
  if (part && j > stepped) return [...out, part, ...tail(j + 1)];
  // "8 of those hits came from the defensive line": where they came from.
  if (subject && j === i && /^(?:came|come|comes)$/.test(w) && lowerAt(c.tokens, j + 1) === 'from') {
    const from = tail(j + 1);
    if (from.length) return [...out, ...from];
  }
  // "3,248 cases reported worldwide": a participle right after the count.
  // (After "with" the participle describes the count: "with 6 million vehicles sold".)
  const reduced = c.clause.has(j) && !c.taken.has(j) && (subject || withCount) ? participle(w) : null;
  if (reduced && j === i && (/ed$|en$/.test(w) || (withCount && reduced === w))) {
    const adverb =
      /^(?:worldwide|nationwide|globally|abroad|overseas|locally|statewide|so far|annually|yearly|daily)$/.test(
        lowerAt(c.tokens, j + 1),
      )
        ? [j + 1]
        : tail(j + 1);
    return [...out, j, ...adverb];
  }
  // "28 people who came into contact with the patient"; "one of two people who contracted the virus"
  // (a part of the count: "who" is its subject).
  if ((subject || ofCount) && j === i && /^(?:who|that)$/.test(lowerAt(c.tokens, i))) {
    const rest: number[] = [];
    for (let k = i + 1; !c.taken.has(k) && isWord(c.tokens, k) && rest.length < 6; k++) {
      if (rest.length > 0 && AUXILIARIES.has(lowerAt(c.tokens, k))) break;
      rest.push(k);
    }
    while (rest.length && (isFunction(lowerAt(c.tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(c.tokens, rest.at(-1)!))))
      rest.pop();
    if (rest.length >= 2) return [...out, i, ...rest];
  }
  // "18 teams playing in a single venue"
  if (subject && j === stepped && j === i && isGerund(w) && c.clause.has(j)) return [...out, j, ...tail(j + 1)];
  if (j > stepped && subject && /^(?:in|without|on|at|under)$/.test(w)) {
    const np = phraseStartingAt(c, j + 1, 3);
    if (np.length) return [...out, j, ...np];
  }
  if (
    !out.length &&
    /^(?:on|per|in|at|for|across|against|with|without|by)$/.test(lowerAt(c.tokens, i)) &&
    c.clause.has(i)
  ) {
    const np = phraseStartingAt(c, i + 1, 3);
    if (np.length && !TIME_WORDS.test(lowerAt(c.tokens, np[0]!))) return [i, ...np];
  }
  return out;
}

// Which preposition may say what a sum went to: "spending on schools", "payment for the name".
const SUM_PREPOSITIONS: Record<string, string> = {
  spending: 'on',
  investment: 'in into',
  payment: 'for to',
  loss: 'on',
  funding: 'for from',
  borrowing: 'from',
  debt: 'to',
  price: 'for',
  bid: 'for',
  fine: 'for',
  savings: 'on',
  award: 'for',
  grant: 'for',
  deal: 'with',
};

const DURATIONS = /^(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades)$/;

/**
 * What a figure measures, as a noun phrase built from its sentence's grammar: the noun
 * phrase "of" ties to it ("net loss of $12 million" → "net loss"), the subject of the verb
 * that links or changes it ("revenue rose 3.5%" → "rise in revenue"; "the order is valued
 * at $8.8bn" → "order value"), the noun it modifies ("a $600 million deal" → "deal"), what
 * a sum is spent on or paid for, or, for a count, its own noun with what is said of it
 * ("106 protesters have been killed" → "protesters killed"). Empty when no such phrase is
 * found: the popup then shows the figure in its clause (issue 13).
 */
export function labelFigure(
  tokens: readonly Token[],
  span: FigureSpan,
  others: readonly FigureSpan[] = [],
  common: ReadonlySet<string> = new Set(),
): string {
  const taken = new Set<number>();
  const numbers = new Set<number>();
  for (const o of [span, ...others]) {
    for (let i = o.first; i <= o.end; i++) {
      taken.add(i);
      if (o.kind !== 'other' || o === span) numbers.add(i);
    }
  }
  const clause = new Set([...clauseSide(tokens, span.first - 1, -1), ...clauseSide(tokens, span.end + 1, 1)]);
  const c: Context = { tokens, taken, numbers, clause, common };
  // "a net worth of $17 million (or $12 million or $6 million)": the other sums say the same thing.
  const or = linkBefore(c, span.first);
  if ((span.kind === 'money' || span.kind === 'percent') && lowerAt(tokens, or) === 'or') {
    const end = tokens[or - 1]?.text === '(' ? or - 2 : or - 1;
    const first = others.find((o) => o !== span && o.end === end && o.kind === span.kind);
    if (first) return labelFigure(tokens, first, others, common);
  }
  const role = roleLabels(c, span);
  const candidates = [...role.phrases, ...(role.only ? [] : labelCandidates(c, span)), ...role.fallback];
  // A label never says the figure's own number again ("a quarter century — quarter century").
  const own = new Set<string>();
  for (let i = span.first; i <= (span.number ?? span.last); i++) own.add(lowerAt(tokens, i));
  const repeats = (label: string) =>
    label
      .toLowerCase()
      .split(' ')
      .some((word) => own.has(word) && /\p{L}/u.test(word));
  for (const phrase of candidates) {
    const label = render(c, phrase).replace(/\s+/g, ' ').trim();
    if (acceptable(label) && !repeats(label)) return withRate(tokens, span, label);
  }
  return '';
}

const RATES: Record<string, string> = {
  hour: 'hourly',
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  year: 'annual',
};

/** "the value is about $44.2 million per week" → "weekly value": a sum per unit of time says so. */
function withRate(tokens: readonly Token[], span: FigureSpan, label: string): string {
  const period = /^(?:per|a|an|each|every)$/.test(lowerAt(tokens, span.end + 1)) ? lowerAt(tokens, span.end + 2) : '';
  const rate = RATES[period];
  if (!rate || span.kind === 'count' || new RegExp(`\\b(?:${period}|${rate}|per)\\b`, 'i').test(label)) return label;
  return `${rate} ${label}`;
}

function labelCandidates(c: Context, span: FigureSpan): Phrase[] {
  const { tokens } = c;
  const out: Phrase[] = [];
  const after = span.end + 1;
  let link = linkBefore(c, span.first);
  // "earned $2.8 billion, or $2.53 per diluted share": the second sum restates the first and
  // shares its verb.
  if (lowerAt(tokens, link) === 'or' && tokens[link - 1]?.text === ',' && c.taken.has(link - 2)) {
    let k = link - 2;
    while (k > 0 && c.taken.has(k - 1)) k--;
    c = { ...c, clause: new Set([...c.clause, link - 1, ...clauseSide(tokens, k - 1, -1)]) };
    link = linkBefore(c, k);
  }
  const w = lowerAt(tokens, link);
  const count = span.kind === 'count';
  const unit = count ? unitWords(c, span) : [];
  // A measure or a span of time is no thing counted: "took eight hours" has no "hours taken".
  const measure = count && (isMeasure(span.unit) || DURATIONS.test(lowerAt(tokens, span.last)));

  // "Trump is 73 years old", "a 51-year-old man"
  if (count && lowerAt(tokens, span.last) === 'years' && lowerAt(tokens, after) === 'old') {
    const subject = LINKING_VERBS.has(w) ? subjectOf(c, link) : [];
    out.push(subject.length ? ['age of', ...subject] : ['age']);
  }

  // "Online sales have posted double-digit growth", "revenue, which has seen triple-digit growth".
  if (
    span.kind === 'other' &&
    /^(?:growth|gains?|rises?|increases?|declines?|falls?|jumps?|drops?|returns?|margins?|rates?|pace)$/.test(
      lowerAt(tokens, after),
    ) &&
    !isContent(c, after + 1)
  ) {
    const subject = reportingSubject(c, link);
    if (subject.length) out.push([...subject, after]);
  }
  // "35% Off Dell Alienware AW3418DW", "$15 off Apple AirPods Pro": a discount on what follows.
  if ((span.kind === 'percent' || span.kind === 'money') && lowerAt(tokens, after) === 'off') {
    const what = phraseStartingAt(c, after + 1, 5);
    if (what.length && /^\p{Lu}/u.test(tokens[what[0]!]!.text)) out.push(['discount on', ...what]);
  }
  // "$125 billion worth of Chinese goods": what the sum buys.
  if (span.kind === 'money' && lowerAt(tokens, after) === 'worth' && lowerAt(tokens, after + 1) === 'of') {
    const what = phraseStartingAt(c, after + 2, 5);
    if (what.length) out.push(what);
  }
  // "a $600 million deal", "in lieu of $326,000 bond": a noun right after a sum names it.
  if (span.kind === 'money' && lowerAt(tokens, after) !== 'worth') {
    const np = phraseStartingAt(c, after, 6);
    if (
      np.length &&
      np[0] === after &&
      !TIME_WORDS.test(lowerAt(tokens, after)) &&
      (np.length > 1 || !/^\p{Lu}/u.test(tokens[after]!.text))
    )
      out.push(np);
  }
  // "a 20% and 16% improvement": figures joined by "and" share the noun after the last.
  if (/^(?:and|or)$/.test(lowerAt(tokens, after)) && c.taken.has(after + 1)) {
    let k = after + 1;
    while (c.taken.has(k)) k++;
    const np = phraseStartingAt({ ...c, clause: new Set([...c.clause, ...clauseSide(tokens, k, 1)]) }, k, 5);
    if (np.length && np[0] === k) out.push(np);
  }
  // "killed a total of 346 people": the count is the object of the verb before the empty head.
  let objectOf = link;
  // "possessed a loaded handgun, three rifles, two shotguns": a count in a list is the object
  // of the verb before the list's first item.
  const listed = count ? listVerb(c, link) : -1;
  if (listed >= 0) objectOf = listed;
  if (w === 'of' && count) {
    let k = link - 1;
    if (EMPTY_HEADS.has(lowerAt(tokens, k))) {
      k--;
      while (k >= 0 && DETERMINERS.has(lowerAt(tokens, k))) k--;
      if (clause(c, k)) objectOf = k;
    }
  }
  // "NP of FIG": "net loss of $12 million", "commitment of RMB 380 billion in cloud computing".
  if (w === 'of' && clause(c, link)) {
    const head = phraseEndingAt(c, link - 1);
    const bare = count && !span.unit;
    if (head.length && (bare || !(count && EMPTY_HEADS.has(lowerAt(tokens, head.at(-1)!))))) {
      const complement = /^(?:in|for|on|to|at)$/.test(lowerAt(tokens, after))
        ? phraseStartingAt(c, after + 1, MAX_WORDS - 1 - head.length)
        : [];
      if (complement.length && !count) out.push([...head, after, ...complement]);
      // "... or $1.48 a share": a rate per unit.
      const rate = /^(?:per|a|an)$/.test(lowerAt(tokens, after)) ? phraseStartingAt(c, after + 1, 1) : [];
      if (
        rate.length &&
        !count &&
        /^(?:share|month|year|week|day|head|person|barrel|tonne|ton|unit)$/.test(lowerAt(tokens, rate[0]!)) &&
        !/^(?:earlier|ago|later|before|after)$/.test(lowerAt(tokens, rate[0]! + 1))
      )
        out.unshift([...head, 'per', ...rate]);
      // "a diameter of 3,200 miles": a measure's head names it; a count's must say more ("a total of").
      if (CHANGE_NOUNS[lowerAt(tokens, head.at(-1)!)] || head.length > 1 || !count || bare || measure) out.push(head);
      // "this community of 14 providers", "a fleet of 270 aircraft": what the things counted make up.
      else if (
        count &&
        unit.length &&
        !EMPTY_HEADS.has(lowerAt(tokens, head[0]!)) &&
        !/^(?:out|up|down|off|some|none|all|each|many|most|few|several|one)$/.test(lowerAt(tokens, head[0]!))
      )
        out.push([...head, link, ...unit]);
    }
  }
  // "3,248 cases reported worldwide between 2010 and 2015, with 584 deaths": said of the
  // count before, as the sentence runs on.
  if (count && unit.length && !measure && w === 'with' && tokens[link - 1]?.text === ',' && c.taken.has(link - 2)) {
    let k = link - 2;
    while (k > 0 && c.taken.has(k - 1)) k--;
    let end = link - 2;
    while (c.taken.has(end + 1)) end++;
    const before = new Set([...clauseSide(tokens, k - 1, -1), ...clauseSide(tokens, end + 1, 1)]);
    const said = countComplement({ ...c, clause: before }, end + 1, true);
    if (said.length && said.every((m) => typeof m === 'string' || m < link - 1)) out.push([...unit, ...said]);
  }

  // "rose 3.5%", "was down 5%", "fell by 3%", "rose to $27.2bn".
  let verb = link;
  if (w === 'by' || w === 'to' || w === 'from') {
    verb = link - 1;
    // "rose 3.5% to $27.2bn": step back over the other figure.
    while (verb >= 0 && c.taken.has(verb)) verb--;
    if (lowerAt(tokens, verb) === 'by') verb--;
    while (verb >= 0 && c.taken.has(verb)) verb--;
  }
  while (
    verb >= 0 &&
    clause(c, verb) &&
    ADVERBS.has(lowerAt(tokens, verb)) &&
    !/^(?:up|down)$/.test(lowerAt(tokens, verb))
  )
    verb--;
  // "raised its price cap by 6.4 per cent to £1,849": the level is the object's.
  if ((w === 'to' || w === 'by') && isContent(c, verb)) {
    const object = phraseEndingAt(c, verb, 4);
    let k = object.length ? object[0]! - 1 : -1;
    while (k >= 0 && DETERMINERS.has(lowerAt(tokens, k))) k--;
    const noun = CHANGE_NOUNS[lowerAt(tokens, k)];
    if (object.length && noun && clause(c, k)) out.push(w === 'to' ? object : [noun, 'in', ...object]);
    // "a 38 per cent fall in first-half profits to £612m"
    if (object.length && w === 'to' && lowerAt(tokens, k) === 'in' && CHANGE_WORDS.test(lowerAt(tokens, k - 1)))
      out.push(object);
  }
  const v = lowerAt(tokens, verb);
  const changeNoun =
    CHANGE_NOUNS[v] ??
    (/^(?:up|down)$/.test(v) && AUXILIARIES.has(lowerAt(tokens, verb - 1))
      ? v === 'up'
        ? 'rise'
        : 'fall'
      : undefined);
  // A count after a change verb is mostly its object ("cut 5,000 jobs"); points and places move.
  // "raised €1.2 million" is funding, not a rise: a sum after a verb of money is what it names.
  const sumVerb = span.kind === 'money' && SUM_NOUNS[lowerAt(tokens, verb)] !== undefined;
  const moves =
    !sumVerb &&
    (!count || w === 'by' || /^(?:points?|places?|spots?|notches|positions)$/.test(lowerAt(tokens, span.last)));
  if (changeNoun && moves && clause(c, verb)) {
    let subject = subjectOf(c, /^(?:up|down)$/.test(v) ? verb - 1 : verb);
    // "a major gain for shares, climbing more than 80%": what the clause before the comma names.
    if (!subject.length && /ing$/.test(v) && tokens[verb - 1]?.text === ',') {
      const clauseBefore = new Set(clauseSide(tokens, verb - 2, -1));
      subject = phraseEndingAt({ ...c, clause: clauseBefore }, verb - 2, 3);
    }
    if (w === 'to' || w === 'from') {
      if (subject.length) out.push(subject);
    } else if (subject.length) {
      out.push([changeNoun, 'in', ...subject]);
    }
  }

  // "$156 billion in Chinese goods", "$2.53 in per-share earnings"
  if (lowerAt(tokens, after) === 'in' && span.kind === 'money') {
    const what = phraseStartingAt(c, after + 1, 5);
    const name =
      /^\p{Lu}/u.test(tokens[what[0]!]?.text ?? '') && (what.length < 2 || /^\p{Lu}/u.test(tokens[what.at(-1)!]!.text));
    if (what.length && what[0] === after + 1 && !name && !TIME_WORDS.test(lowerAt(tokens, what[0]!))) out.push(what);
  }
  // "Shares were 1.1% higher": a linking verb and a comparative tell a change.
  const comparative = lowerAt(tokens, after);
  if (LINKING_VERBS.has(w) && /^(?:higher|lower|up|down|more|less)$/.test(comparative)) {
    const subject = subjectOf(c, link);
    if (subject.length) out.push([/^(?:higher|up|more)$/.test(comparative) ? 'rise' : 'fall', 'in', ...subject]);
    return out;
  }
  // "stood at $3bn", "is valued at $8.8bn", "was worth $600m", "priced at", "estimated at".
  if (
    w === 'at' ||
    LINKING_VERBS.has(w) ||
    w === 'worth' ||
    w === 'valued' ||
    w === 'priced' ||
    w === 'costs' ||
    w === 'cost'
  ) {
    let k = w === 'at' ? link - 1 : link;
    while (k >= 0 && ADVERBS.has(lowerAt(tokens, k))) k--;
    const kw = lowerAt(tokens, k);
    const noun =
      kw === 'valued' || kw === 'worth'
        ? 'value'
        : kw === 'priced'
          ? 'price'
          : kw === 'estimated' || kw === 'put'
            ? 'estimate'
            : kw === 'cost' || kw === 'costs'
              ? 'cost'
              : /^(?:start|starts|starting|started)$/.test(kw) && span.kind === 'money'
                ? 'starting price'
                : '';
    if (clause(c, k) && (noun || LINKING_VERBS.has(kw) || (w === 'at' && participle(kw)))) {
      let subject = subjectOf(c, k);
      // "investor SoftBank worth $8bn": a name before "worth" is who gives it, not what is worth.
      if (!subject.length && (kw === 'worth' || kw === 'valued')) subject = phraseEndingAt(c, k - 1);
      if (subject.length)
        out.push(noun && !EMPTY_HEADS.has(lowerAt(tokens, subject.at(-1)!)) ? [...subject, noun] : subject);
      // "Regular European pricing will start at 71,350 euro" → "regular European starting price"
      if (noun === 'starting price') {
        const named = subject.filter((k) => !/^(?:price|prices|pricing)$/.test(lowerAt(tokens, k)));
        if (named.length < subject.length && named.length) out.unshift([...named, noun]);
        out.push([noun]);
      }
    }
  }

  // "held interest rates at 4.5 per cent", "kept the fee at $40": the noun phrase before "at".
  if (w === 'at' && isContent(c, link - 1) && !LINKING_VERBS.has(lowerAt(tokens, link - 1))) {
    const what = phraseEndingAt(c, link - 1, 4);
    if (what.length && !/^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)) out.push(what);
  }

  // "spent $2bn on schools", "earned $2.8bn", "paid $5.9 million for the name", "lost $75m".
  let sumAt = link;
  if (!SUM_NOUNS[w] && isContent(c, link)) {
    let k = link;
    while (
      k > link - 4 &&
      k >= 0 &&
      !SUM_NOUNS[lowerAt(tokens, k)] &&
      (isContent(c, k) || DETERMINERS.has(lowerAt(tokens, k)))
    )
      k--;
    if (
      SUM_NOUNS[lowerAt(tokens, k)] &&
      clause(c, k) &&
      /^(?:cost|costs|paid|pay|pays|owe|owes|owed|saved|save|saves|gave|give)$/.test(lowerAt(tokens, k))
    )
      sumAt = k;
  }
  const sumNoun = SUM_NOUNS[lowerAt(tokens, sumAt)];
  if (sumNoun && !count && clause(c, sumAt)) {
    const prep = lowerAt(tokens, after);
    // "earned ... $2.53 per diluted share": a sum per unit.
    const fits = (SUM_PREPOSITIONS[sumNoun] ?? '').split(' ').includes(prep) || prep === 'per';
    const complement = fits ? phraseStartingAt(c, after + 1, 4) : [];
    if (complement.length) out.push([sumNoun, after, ...complement]);
    let subject = subjectOf(c, sumAt);
    // "flopped at the box office, making $320,000": what the clause before the comma names.
    if (!subject.length && /ing$/.test(lowerAt(tokens, sumAt)) && tokens[sumAt - 1]?.text === ',') {
      const clauseBefore = new Set(clauseSide(tokens, sumAt - 2, -1));
      subject = phraseEndingAt({ ...c, clause: clauseBefore }, sumAt - 2, 3);
    }
    if (subject.length) out.push([...subject, sumNoun]);
    out.push([sumNoun]);
  }

  // "a $600 million deal", "11% year-over-year revenue growth", "a 10% stake in the carmaker".
  if (!count) {
    const np = phraseStartingAt(c, after);
    if (
      np.length &&
      np[0] === after &&
      !TIME_WORDS.test(lowerAt(tokens, np[0]!)) &&
      (np.length > 1 || !/^\p{Lu}/u.test(tokens[np[0]!]!.text))
    )
      out.push(np);
    // "44 percent of Americans say ...": the people and what they say.
    if (span.kind === 'percent' && lowerAt(tokens, after) === 'of') {
      const whom = phraseStartingAt(c, after + 1, 3);
      if (whom.length) {
        const rest: number[] = [];
        for (
          let k = whom.at(-1)! + 1;
          c.clause.has(k) && !c.taken.has(k) && rest.length < MAX_WORDS - whom.length - 3;
          k++
        ) {
          if (c.tokens[k]!.kind !== 'word' || (rest.length > 0 && AUXILIARIES.has(lowerAt(tokens, k)))) break;
          rest.push(k);
        }
        while (rest.length && (isFunction(lowerAt(tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(tokens, rest.at(-1)!))))
          rest.pop();
        // "70 percent of Americans say that the inciting offense ... was wrong": what they say
        // is a clause of its own, never cut into a label.
        const says = /^(?:say|says|said|think|thinks|believe|believes|agree|agrees|feel|feels|want|wants)$/.test(
          lowerAt(tokens, rest[0] ?? -1),
        );
        if (rest.length && isVerbForm(lowerAt(tokens, rest[0]!)) && !says)
          out.push(['share of', ...whom, 'who', ...rest]);
        out.push(['share of', ...whom]);
      }
      // "up to 99% of those do not even require clinical intervention"
      if (/^(?:those|them|these)$/.test(lowerAt(tokens, after + 1))) {
        const rest: number[] = [];
        for (let k = after + 2; c.clause.has(k) && !c.taken.has(k) && isWord(tokens, k) && rest.length < 6; k++)
          rest.push(k);
        while (rest.length && (isFunction(lowerAt(tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(tokens, rest.at(-1)!))))
          rest.pop();
        const verb = rest.findIndex((k) => !AUXILIARIES.has(lowerAt(tokens, k)) && lowerAt(tokens, k) !== 'not');
        if (rest.length >= 2 && verb >= 0 && !isFunction(lowerAt(tokens, rest[verb]!)))
          out.push(['share that', ...rest]);
      }
    }
    // "sold Big Machine for $300M", "Smart Watch for $169.99": the price of what comes before "for".
    if (w === 'for' && span.kind === 'money') {
      const before = lowerAt(tokens, link - 1);
      if (PRICE_NOUNS[before]) out.push([PRICE_NOUNS[before]!]);
      // "sold the unit to Victoria Crest Capital for ¥420bn": the price of what was sold.
      for (let k = link - 2; k >= link - 8 && clause(c, k); k--) {
        const price = PRICE_NOUNS[lowerAt(tokens, k)];
        if (!price) continue;
        const what = phraseStartingAt(c, k + 1, 4).filter((m) => m < link);
        if (what.length) out.push([price, 'of', ...what]);
        break;
      }
      let what = phraseEndingAt(c, link - 1, 4);
      // "PS4 DualShock Controller in Crystal for $39.99": a product in its colour or size.
      if (what.length && lowerAt(tokens, what[0]! - 1) === 'in') {
        const product = phraseEndingAt(c, what[0]! - 2, 4);
        if (product.length && /^\p{Lu}/u.test(tokens[product[0]!]!.text)) what = [...product, what[0]! - 1, ...what];
      }
      // "sold to Victoria Crest Capital for ¥420bn": a name before "for" is the buyer.
      if (what.length && !(lowerAt(tokens, what[0]! - 1) === 'to' && /^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)))
        out.push(['price of', ...what]);
    }
    // "RRP: £23.99", "VIP : 60,000₩": a list's name for the figure.
    if (tokens[span.first - 1]?.text === ':') {
      const name = phraseEndingAt({ ...c, clause: new Set(clauseSide(tokens, span.first - 2, -1)) }, span.first - 2, 4);
      const caps = name.filter((k) => /^\p{Lu}+$/u.test(tokens[k]!.text));
      // "VIP : 60,000₩", "R : 50,000₩": a class of seat or ticket, and its price.
      const priced = (k: number) => /^(?:rrp|msrp|price|prices|cost|fee|fees|fare|fares)$/i.test(tokens[k]!.text);
      if (caps.length && caps.at(-1) === name.at(-1))
        out.push(priced(caps.at(-1)!) ? caps.slice(-1) : [...caps.slice(-1), 'price']);
      else if (name.length) out.push(name);
    }

    if (lowerAt(tokens, after) === 'per' || lowerAt(tokens, after) === 'a') {
      // "$2.53 per diluted share", "$9.99 a month": a rate needs its subject
    }
  }

  if (count && DURATIONS.test(lowerAt(tokens, span.last))) {
    const to = lowerAt(tokens, after) === 'to' && clause(c, after + 1) && isWord(tokens, after + 1) ? after + 1 : -1;
    if (to > 0) {
      const rest: number[] = [];
      for (let k = to; clause(c, k) && !c.taken.has(k) && isWord(tokens, k) && rest.length < 5; k++) rest.push(k);
      while (
        rest.length > 1 &&
        (isFunction(lowerAt(tokens, rest.at(-1)!)) || ADVERBS.has(lowerAt(tokens, rest.at(-1)!)))
      )
        rest.pop();
      out.push(['time to', ...rest]);
    }
    if (w === 'in' && lowerAt(tokens, link - 2) === 'to' && isWord(tokens, link - 1)) out.push(['time to', link - 1]);
  }

  // "50 years since the band's formation", "13.8 billion years after the Big Bang"
  if (count && DURATIONS.test(lowerAt(tokens, span.last)) && /^(?:since|after|before)$/.test(lowerAt(tokens, after))) {
    const since = phraseStartingAt(c, after + 1, 4);
    // "10 minutes before convicting Webb" tells when, not since what.
    const verb = since.length > 0 && isVerbForm(lowerAt(tokens, since[0]!)) && lowerAt(tokens, after) !== 'since';
    // "30 minutes before a meal significantly decreased hunger": the phrase ends at an adverb.
    const adverb = since.findIndex((k) => ADVERBS.has(lowerAt(tokens, k)) || /ly$/.test(lowerAt(tokens, k)));
    if (adverb >= 0) since.length = adverb;
    if (since.length && !verb && !TIME_WORDS.test(lowerAt(tokens, since[0]!)))
      out.push([...unit, ...prepositional(c, after, since)]);
  }
  // "triple-digit growth for six consecutive quarters": how long the phrase before lasted.
  if (count && DURATIONS.test(lowerAt(tokens, span.last)) && w === 'for') {
    const lasted = howLong(c, link);
    if (lasted.length) out.push(['how long', ...lasted]);
    const what = phraseEndingAt({ ...c, taken: c.numbers }, link - 1, 4);
    if (what.length && !/^\p{Lu}/u.test(tokens[what.at(-1)!]!.text)) out.push(what);
    // "no inmate checks were conducted for eight hours": how long there was none.
    const done = participle(lowerAt(tokens, link - 1)) !== null && AUXILIARIES.has(lowerAt(tokens, link - 2));
    const none = done ? subjectOf(c, link - 1) : [];
    if (none.length && lowerAt(tokens, none[0]! - 1) === 'no') out.push(['time without', ...none]);
  }
  // "26 cases and 11 deaths between 2009 and 2018": the years they were counted in.
  if (count && unit.length && !measure) {
    let k = after;
    while (/^(?:and|or|,)$/.test(lowerAt(tokens, k)) && c.taken.has(k + 1)) {
      k++;
      while (c.taken.has(k)) k++;
    }
    const year = (i: number) => tokens[i]?.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[i]!.text);
    if (lowerAt(tokens, k) === 'between' && year(k + 1) && lowerAt(tokens, k + 2) === 'and' && year(k + 3))
      out.push([...unit, k, k + 1, k + 2, k + 3]);
  }
  // "95 kWh of battery capacity", "5 GW of power": what a measure measures.
  if (
    count &&
    unit.length === 1 &&
    (!/^\p{Ll}+s$/u.test(tokens[unit[0]!]!.text) || isMeasure(span.unit)) &&
    lowerAt(tokens, after) === 'of'
  ) {
    const what = phraseStartingAt(c, after + 1, 5);
    if (what.length) out.push(what);
  }

  if (count && unit.length) {
    const complement = countComplement(
      c,
      after,
      !PREPOSITIONS.has(w) || w === 'than' || (w === 'to' && lowerAt(tokens, link - 1) === 'up'),
      w === 'with',
      w === 'of',
    );
    if (complement.length) out.push([...unit, ...complement]);
    // The object of a verb: "Police arrested six people" → "people arrested".
    const verbBefore = lowerAt(tokens, objectOf);
    const part =
      (clause(c, objectOf) || objectOf === listed) && !PREPOSITIONS.has(verbBefore) && !measure
        ? participle(verbBefore)
        : null;
    // "cut 1,200 jobs in France" → "jobs cut in France"
    const where = /^(?:in|at|across|from|on)$/.test(lowerAt(tokens, after)) ? phraseStartingAt(c, after + 1, 3) : [];
    const place = where.length > 0 && !TIME_WORDS.test(lowerAt(tokens, where[0]!));
    if (part && !AUXILIARIES.has(verbBefore)) out.unshift([...unit, part]);
    if (part && !AUXILIARIES.has(verbBefore) && place) out.unshift([...unit, part, ...prepositional(c, after, where)]);
    // "The group employs 48,250 people" → "people employed"; "Assange faces 18 criminal charges".
    if (
      clause(c, link) &&
      !measure &&
      isPresentVerb(verbBefore) &&
      /s$/.test(verbBefore) &&
      !/^(?:has|is|says|remains|stands|totals)$/.test(verbBefore)
    )
      out.push([...unit, baseParticiple(verbBefore.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, ''))]);
    if (
      clause(c, link) &&
      !measure &&
      lowerAt(tokens, link - 1) === 'to' &&
      isWord(tokens, link) &&
      !isFunction(verbBefore)
    )
      out.push([...unit, 'to be', baseParticiple(verbBefore)]);
    // "10 human cases", "18 criminal charges": the popup shows the count's noun, the label its modifiers too.
    if (unit.length > 1) out.push(unit);
  }
  // "their estimate ($6 million in both cases)", "native ad units (38%)": what the bracket
  // stands beside.
  if (tokens[span.first - 1]?.text === '(' && !count) {
    const clauseBefore = new Set(clauseSide(tokens, span.first - 2, -1));
    const beside = phraseEndingAt({ ...c, clause: clauseBefore }, span.first - 2, 4);
    if (beside.length) out.push(beside);
  }
  return out;
}

const clause = (c: Context, i: number) => c.clause.has(i);

/** The verb before a list that a count after "," or "and" belongs to, or -1. */
function listVerb(c: Context, link: number): number {
  const { tokens } = c;
  if (tokens[link]?.text !== ',' && lowerAt(tokens, link) !== 'and') return -1;
  for (let k = link - 1; k >= 0 && link - k <= 12; k--) {
    const w = lowerAt(tokens, k);
    if (c.taken.has(k)) continue;
    if ((tokens[k]!.kind === 'sym' && !/^[,.-]$/.test(w)) || CLAUSE_WORDS.has(w)) return -1;
    // "a loaded handgun": after a determiner a past form is an adjective; the verb has an object
    // after it ("possessed a ...", "hired 30 engineers"), never a noun ("seasoned ground beef").
    const object = DETERMINERS.has(lowerAt(tokens, k + 1)) || c.taken.has(k + 1);
    if (participle(w) !== null && !DETERMINERS.has(lowerAt(tokens, k - 1)) && object) return k;
    // Only noun phrases stand between ("urged the district to phase the increase in over two
    // years, and two board members proposed" joins clauses; "said she and 40 teachers" is a subject).
    if (
      tokens[k]!.kind === 'word' &&
      ((isFunction(w) && !DETERMINERS.has(w)) || (isVerbForm(w) && participle(w) === null))
    )
      return -1;
  }
  return -1;
}

/**
 * "a federal jury in Fort Worth deliberated for less than 10 minutes" → "a federal jury
 * deliberated"; "Assange, who denies the accusation, has avoided extradition to Sweden for
 * seven years" → "Assange has avoided extradition to Sweden": who did what, for a span of
 * time after "for" (the label reads "how long ...").
 */
function howLong(c: Context, link: number): Phrase {
  const { tokens } = c;
  // The verb, back over at most four words of what it did ("avoided extradition to Sweden").
  let verb = -1;
  for (let k = link - 1; k >= link - 5 && clause(c, k) && !c.taken.has(k) && isWord(tokens, k); k--) {
    const w = lowerAt(tokens, k);
    if (participle(w) !== null || (isGerund(w) && AUXILIARIES.has(lowerAt(tokens, k - 1)))) {
      verb = k;
      break;
    }
    // "showed that practicing yoga for 12 weeks": no verb of the span across "that" or a gerund.
    if (isGerund(w) || (isFunction(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w))) return [];
  }
  if (verb < 0) return [];
  let first = verb;
  while (first > 0 && clause(c, first - 1) && AUXILIARIES.has(lowerAt(tokens, first - 1))) first--;
  let last = link - 1;
  // "continued ultimately for 12 months"
  while (last > verb && (ADVERBS.has(lowerAt(tokens, last)) || /ly$/.test(lowerAt(tokens, last)))) last--;
  const did = [...Array(last + 1 - first).keys()].map((n) => first + n);
  let subject = subjectOf(c, verb);
  // "a federal jury in Fort Worth": the subject is the noun before its place.
  const at = subject.length ? lowerAt(tokens, subject[0]! - 1) : '';
  if (/^(?:in|at|from|of)$/.test(at) && clause(c, subject[0]! - 2)) {
    const head = phraseEndingAt(c, subject[0]! - 2, 3);
    if (head.length) subject = head;
  }
  // "Assange, who denies the accusation, has avoided": the subject before a clause about it.
  if (!subject.length && tokens[first - 1]?.text === ',') {
    let k = first - 2;
    while (k > 0 && tokens[k]!.text !== ',' && first - k < 12) k--;
    if (tokens[k]?.text === ',' && /^(?:who|which)$/.test(lowerAt(tokens, k + 1)))
      subject = phraseEndingAt({ ...c, clause: new Set([...c.clause, ...clauseSide(tokens, k - 1, -1)]) }, k - 1, 3);
  }
  // "no inmate checks were conducted": "time without inmate checks" says it better.
  if (!subject.length || subject.some((k) => c.taken.has(k)) || lowerAt(tokens, subject[0]! - 1) === 'no') return [];
  const determiner = DETERMINERS.has(lowerAt(tokens, subject[0]! - 1)) ? [lowerAt(tokens, subject[0]! - 1)] : [];
  return [...determiner, ...subject, ...did];
}

// Verbs that report rather than measure: the subject before them is what the figure is about.
const REPORTS = new Set('seen saw posted reported recorded logged delivered registered booked enjoyed'.split(' '));

/** "AI-related product revenue, which has seen" before "triple-digit growth": the subject across a reporting verb. */
function reportingSubject(c: Context, from: number): number[] {
  let i = from;
  let reported = false;
  for (; i >= 0; i--) {
    const w = lowerAt(c.tokens, i);
    if (!isWord(c.tokens, i)) break;
    if (REPORTS.has(w)) reported = true;
    else if (!AUXILIARIES.has(w) && !ADVERBS.has(w)) break;
  }
  if (!reported) return [];
  if (/^(?:which|that)$/.test(lowerAt(c.tokens, i))) i--;
  if (c.tokens[i]?.text === ',') i--;
  return phraseEndingAt({ ...c, clause: new Set([...c.clause, ...clauseSide(c.tokens, i, -1)]) }, i, 4);
}
