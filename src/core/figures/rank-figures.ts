import type { BlockKind, FigureKind } from '../types';
import { isMeasure } from './measure-units';
import type { QuantityRole } from './recognised-quantity';

/** What the ranking knows about a figure. */
export interface FigureSignals {
  kind: FigureKind;
  unit: string | null;
  /** Position among the article's prose paragraphs (0 = the opening one). */
  bodyPosition: number;
  /** How many prose paragraphs the article has. */
  bodyLength: number;
  blockKind: BlockKind;
  /** The title states the same quantity. */
  inTitle: boolean;
  /** Paragraphs that state it, repeated paragraphs not counted. */
  mentions: number;
  hasEquivalents: boolean;
  /** Its sentence speaks of a total or a change ("revenue rose", "in total"). */
  totalOrChange: boolean;
  /** Its sentence is a row of numbers: a box score's or a table's line. */
  statLine: boolean;
  value: number | null;
  /** A phrase says what it measures (else the popup shows it in its clause). */
  labelled: boolean;
  role?: QuantityRole | undefined;
  /** Words of the headline its sentence says too ("Viera d. Rockledge 3-1" under "Viera defeats Rockledge"). */
  headlineWords: number;
  /** A count of what the headline names ("26 cases" under "Three Cases of Plague Diagnosed"). */
  countsHeadlineNoun: boolean;
  /** Its sentence tells what was expected, not what happened ("analysts were expecting $2.52"). */
  expected: boolean;
  /** One of a list of figures of the same label and unit: the list's largest, or another. */
  inList?: 'largest' | 'other' | undefined;
  /** A length that a thing spans ("16 feet long"): a dimension of an object. */
  extent?: boolean;
  /** A span of time after "within". */
  within?: boolean;
}

const KIND_WEIGHT: Record<FigureKind, number> = { money: 3, percent: 2.5, count: 1, other: 1.5 };
// Spans of time: a story's duration ("10 years in prison") more often than its news.
const DURATIONS = /^(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)$/;

/**
 * Words of a sentence that make a number a total or a change. "Up" and "down" only before a
 * quantity ("up 39 percent", "down by 30", "up from $38,373"): "up to 277 miles" is a ceiling, "fired up the
 * crowd" nothing (on the gold pages, 22 of the 28 sentences with a figure and "up" or "down"
 * have no change: 17 say "up to").
 */
export const TOTAL_OR_CHANGE =
  /\b(?:total(?:led|ed)?|overall|in all|altogether|revenue|profits?|sales|earnings|growth|grew|grow|rose|rise|fell|fall|increase[ds]?|decrease[ds]?|decline[ds]?|jump(?:ed)?|surge[ds]?|plunge[ds]?|drop(?:ped)?|cut|raised?|gain(?:ed)?|loss|investment|invest(?:ed|ing)?|budget|deficit|debt|cost|spending|valu(?:ed|ation)|deal|(?:up|down)(?=\s+(?:by\s+|from\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|well over\s+|more than\s+)?(?:[$€£¥\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a (?:third|quarter|half))\b)))\b/i;

/**
 * How important a figure is: what the title and the opening say first, money and
 * headline percentages before counts, totals and changes, what the article repeats.
 */
export function scoreFigure(s: FigureSignals): number {
  // A car's power, a battery's capacity, a distance or a weight say more than a count of things.
  const measure = s.kind === 'count' && isMeasure(s.unit);
  const duration = s.kind === 'count' && !!s.unit && DURATIONS.test(s.unit);
  let score = KIND_WEIGHT[s.kind];
  // A ratio compares as a percentage does; a result is what a sports story is about.
  if (s.role === 'score' || (s.role === 'ratio' && s.unit === '×')) score = KIND_WEIGHT.percent;
  // A share ("half of the homes", "a third of his trees") is a rough percentage.
  else if (s.role === 'ratio') score = 2;
  else if (measure) score = 2;
  else if (duration) score = 0.5;
  if (s.inTitle) score += 4;
  score += Math.max(0, 3 - s.bodyPosition);
  if (s.bodyLength > 0 && s.bodyPosition < s.bodyLength / 3) score += 0.5;
  score += Math.min(2, s.mentions - 1);
  if (s.hasEquivalents) score += 1;
  if (s.totalOrChange) score += 1;
  score += Math.min(1.5, 0.75 * s.headlineWords);
  if (s.countsHeadlineNoun) score += 1;
  // What analysts expected is context for what happened.
  if (s.expected && (s.kind === 'money' || s.kind === 'percent')) score -= 2;
  if (s.inList === 'largest') score += 0.5;
  if (s.inList === 'other') score -= 1;
  // A thing's size ("16 feet long, six feet wide") is detail beside what it does.
  if (s.extent) score -= 1.5;
  if (s.blockKind === 'caption' || s.blockKind === 'table') score -= 1;
  // A count of a few ("two men", "three days") rarely carries a story; thousands often do.
  if (s.kind === 'count' && !measure && !duration && s.value !== null && Math.abs(s.value) < 10) score -= 1.5;
  if (s.kind === 'count' && s.value !== null && Math.abs(s.value) >= 1000) score += measure || duration ? 0.5 : 1;
  if (s.kind === 'count' && !measure && !duration && s.value !== null && Math.abs(s.value) >= 1e6) score += 0.5;
  // "within 24 hours of the onset", "within 20 years": a deadline, not what happened.
  if (duration && s.within) score -= 1;
  if (s.statLine) score -= 3;
  if (!s.labelled) score -= 0.5;
  return score;
}

/**
 * Whether a figure may carry a story on its own: a sum, a rate, a measure, or a count of ten
 * or more. A story whose figures are all small counts has no key figure (issue 13: "no
 * trivia when nothing is newsworthy").
 */
export function isNewsworthy(figure: { kind: FigureKind; value: number | null; unit: string | null }): boolean {
  if (figure.kind !== 'count' || figure.value === null || Math.abs(figure.value) >= 10) return true;
  // A measure ("5 GW", "3 km") is a quantity whatever its size; a plural noun is a count.
  return (
    !!figure.unit &&
    !/^\p{Ll}+s$/u.test(figure.unit) &&
    !/^(?:people|staff|children|men|women|police)$/.test(figure.unit)
  );
}
