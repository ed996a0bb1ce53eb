// A compact English part-of-speech lexicon for labelling figures: the closed classes
// (determiners, prepositions, auxiliaries, pronouns, conjunctions), the verb forms that
// tie a noun phrase to a number, and suffix rules for the rest. A general tagger would
// know more, but costs 120 KB gzip (compromise) to 1.4 MB (en-pos) in a popup of 25 KB
// (issue 13, measured); labels need only to find where a noun phrase stops.

import { lookupTable } from './lookup-table';

const words = (list: string) => new Set(list.split(/\s+/));

export const DETERMINERS = words(
  'a an the this that these those its their his her our your my some any each every no another such both all next last',
);
export const PREPOSITIONS = words(
  'of in on at to for from by with about around over under into onto per via among between through across against without within during after before since until toward towards than like',
);
export const AUXILIARIES = words(
  'is are was were be been being am has have had having will would could should may might can must shall do does did',
);
export const PRONOUNS = words(
  'it they he she we you i them us him me itself themselves who whom whose which what there here one ones',
);
export const CONJUNCTIONS = words('and or but nor while whereas although though because unless if so yet then');
/** Adverbs that stand between a noun phrase and its verb or number ("rose nearly 5%"). */
export const ADVERBS = words(
  'about around roughly approximately nearly almost just only some more less over under up down at least most than also still even already now then again so as well too very much far further alone already ever never once recently reportedly currently previously respectively estimated additional another combined total whopping staggering mere',
);

/** Past forms of the irregular verbs news writes most, with their participle where it differs. */
const IRREGULAR = lookupTable<string>({
  took: 'taken',
  taken: 'taken',
  gave: 'given',
  given: 'given',
  made: 'made',
  sold: 'sold',
  bought: 'bought',
  paid: 'paid',
  spent: 'spent',
  lost: 'lost',
  won: 'won',
  held: 'held',
  brought: 'brought',
  built: 'built',
  cut: 'cut',
  set: 'set',
  put: 'put',
  hit: 'hit',
  shut: 'shut',
  saw: 'seen',
  seen: 'seen',
  found: 'found',
  got: 'got',
  left: 'left',
  led: 'led',
  met: 'met',
  kept: 'kept',
  sent: 'sent',
  told: 'told',
  thought: 'thought',
  raised: 'raised',
  drew: 'drawn',
  drawn: 'drawn',
  grew: 'grown',
  grown: 'grown',
  rose: 'risen',
  risen: 'risen',
  fell: 'fallen',
  fallen: 'fallen',
  sank: 'sunk',
  sunk: 'sunk',
  shed: 'shed',
  slid: 'slid',
  wrote: 'written',
  written: 'written',
  drove: 'driven',
  driven: 'driven',
  flew: 'flown',
  flown: 'flown',
  chose: 'chosen',
  chosen: 'chosen',
  began: 'begun',
  begun: 'begun',
  ran: 'run',
  came: 'come',
  became: 'become',
  went: 'gone',
  gone: 'gone',
  knew: 'known',
  known: 'known',
  threw: 'thrown',
  thrown: 'thrown',
  struck: 'struck',
  stole: 'stolen',
  stolen: 'stolen',
  broke: 'broken',
  broken: 'broken',
  spoke: 'spoken',
  froze: 'frozen',
  frozen: 'frozen',
  hid: 'hidden',
  hidden: 'hidden',
  fought: 'fought',
  caught: 'caught',
  taught: 'taught',
  sought: 'sought',
  meant: 'meant',
  dealt: 'dealt',
  felt: 'felt',
  heard: 'heard',
  laid: 'laid',
  said: 'said',
  stood: 'stood',
  understood: 'understood',
  wore: 'worn',
  worn: 'worn',
  bore: 'borne',
  born: 'born',
  ate: 'eaten',
  eaten: 'eaten',
  killed: 'killed',
  let: 'let',
  bet: 'bet',
  quit: 'quit',
  split: 'split',
  spread: 'spread',
  read: 'read',
  fed: 'fed',
  fled: 'fled',
  bred: 'bred',
  hung: 'hung',
  swung: 'swung',
  sprang: 'sprung',
  sprung: 'sprung',
  shot: 'shot',
  lit: 'lit',
  dug: 'dug',
  stuck: 'stuck',
});

// Words in -ed or -ing that are nouns or adjectives, not verb forms.
const NOT_VERB_FORMS = words(
  'hundred bed red shed need seed speed feed greed breed deed weed indeed embed sacred naked wicked kindred hatred wed fled bled shred steed tweed creed proceed exceed succeed screed ' +
    'thing things king kings ring rings wing wings string spring spring sibling nothing something anything everything morning evening ceiling during sterling bring swing sing sting thing wedding pudding building buildings funding spending earnings savings holdings ' +
    'meeting meetings hearing hearings housing pricing ranking rankings rating ratings setting settings training warning warnings opening openings offering offerings listing listings booking bookings feeling feelings landing landings lending borrowing banking mining shipping clothing parking timing painting painting writing reading readings being beings ceiling darling shilling viking inkling bearing outing outings ' +
    'boring interesting leading outstanding remaining existing ongoing upcoming following nearby ',
);

/** The verb a word is a form of, when it is a past or -ing form: "rose" → "risen" (participle). */
export function participle(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (NOT_VERB_FORMS.has(w)) return null;
  if (/^[a-z]{3,}ed$/.test(w)) return w;
  return null;
}

export const isPastOrParticiple = (word: string) => participle(word) !== null;
export const isGerund = (word: string) => {
  const w = word.toLowerCase();
  return /^[a-z]{3,}ing$/.test(w) && !NOT_VERB_FORMS.has(w);
};

/** Present-tense verbs that tie a subject to its number ("sales total $3bn", "it costs $40"). */
const PRESENT_VERBS = words(
  'is are be remains remain stands stand totals total reaches reach hits hit costs cost tops top exceeds exceed equals equal represents represent accounts account makes make says say faces face has have holds hold includes include employs employ sees see expects expect estimates estimate plans plan needs need wants want gets get takes take gives give shows show puts put comes come goes',
);
export const isPresentVerb = (word: string) => PRESENT_VERBS.has(word.toLowerCase());

/** Change verbs and the noun that names the change: "revenue rose 5%" → "rise in revenue". */
export const CHANGE_NOUNS = lookupTable<string>({});
for (const [noun, forms] of Object.entries({
  rise: 'rose risen rise rises rising soared soaring soar soars climbed climbing climb climbs edged advanced advancing',
  fall: 'fell fallen fall falls falling tumbled tumbling sank sinking slid sliding slipped slipping shed dipped dipping slumped slumping plunged plunging plummeted dropped dropping drop drops declined declining decline declines lost losing',
  growth: 'grew grown grow grows growing expanded expanding expand expands',
  jump: 'jumped jumping jumps surged surging surge surges',
  gain: 'gained gaining gain gains added adding',
  increase: 'increased increasing increases increase raise raised boost boosted boosting lift lifted hiked',
  decrease: 'decreased decreasing decreases',
  cut: 'cut cuts cutting reduced reducing reduce reduces lowered lowering lower slash slashed trim trimmed',
})) {
  for (const form of forms.split(' ')) CHANGE_NOUNS[form] = noun;
}

/** Verbs whose object is a sum, and what that sum is called ("spent $2bn on X" → "spending on X"). */
export const SUM_NOUNS = lookupTable<string>({});
for (const [noun, forms] of Object.entries({
  spending: 'spent spend spends spending',
  investment: 'invested invest invests investing',
  earnings: 'earned earn earns earning made making',
  payment: 'paid pay pays paying',
  loss: 'lost lose loses losing',
  debt: 'owed owe owes owing',
  borrowing: 'borrowed borrow borrows borrowing',
  funding: 'raised raise raises raising secured',
  revenue: 'generated generate generates generating',
  sales: 'sold',
  cost: 'cost costs costing',
  price: 'priced',
  value: 'valued worth',
  savings: 'saved save saves saving',
  fine: 'fined',
  profit: 'netted',
  budget: 'budgeted',
  bid: 'bid bids bidding offered offer offers offering',
  award: 'awarded',
  grant: 'granted',
  deal: 'signed',
})) {
  for (const form of noun === 'cost' || noun === 'value' ? forms.split(' ') : forms.split(' ')) SUM_NOUNS[form] = noun;
}

/** Verbs that link a subject to its figure and say nothing of it ("revenue stood at $3bn"). */
/** Verbs of buying and selling, and what the sum paid is called ("acquired for $200m"). */
export const PRICE_NOUNS = lookupTable<string>({
  acquired: 'acquisition price',
  bought: 'purchase price',
  purchased: 'purchase price',
  sold: 'sale price',
  listed: 'listed price',
  rented: 'rent',
  leased: 'lease price',
  available: 'price',
  retails: 'retail price',
  retailing: 'retail price',
  sells: 'price',
  selling: 'price',
  going: 'price',
  offered: 'price',
});

export const LINKING_VERBS = words(
  'is are was were be been being remains remained remain stood stands stand reached reaches reach hit hits totalled totaled totals total totalling totaling amounted amounts amount came comes come topped tops top exceeded exceeds surpassed equalled equaled equals represented represents hovered hovers sat sits averaged averages averaging numbered numbers ran runs measured measures weighed weighs weighing clocked',
);

/** "hire" → "hired", "cut" → "cut": the participle of a verb's plain form. */
export function baseParticiple(verb: string): string {
  const irregular = BASE_PARTICIPLES[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}
export const BASE_PARTICIPLES: Record<string, string> = {
  cut: 'cut',
  sell: 'sold',
  buy: 'bought',
  build: 'built',
  make: 'made',
  take: 'taken',
  hold: 'held',
  keep: 'kept',
  send: 'sent',
  bring: 'brought',
  give: 'given',
  lay: 'laid',
  pay: 'paid',
  spend: 'spent',
  shed: 'shed',
  hit: 'hit',
  win: 'won',
  lose: 'lost',
  leave: 'left',
  put: 'put',
  set: 'set',
  shut: 'shut',
  find: 'found',
  see: 'seen',
  write: 'written',
  drive: 'driven',
  choose: 'chosen',
  feed: 'fed',
};
