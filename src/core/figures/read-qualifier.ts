// A bound or an estimate written before a figure: "more than 6 million vehicles", "nearly 2.5
// million people", "up to five years", "some 375,000 people". It is part of the figure as
// written (CONTRACT.md: `text` "as written on the page"): shown without it, an estimate reads
// as an exact count and a ceiling as what happened.
const QUALIFIER =
  /(?<![\p{L}\p{N}])(?:(?:just|well|slightly|roughly)\s+)?(?:more than|less than|fewer than|as many as|as much as|as few as|as little as|at least|at most|up to|upwards of|close to|in excess of|nearly|almost|about|around|roughly|approximately|an estimated|some|over)\s+$/iu;

/** Spans of time, which "over" puts in a period ("over three years") rather than above a number. */
const DURATION = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries)$/i;

/** A verb of change just before "up to" ("shares edged up to"). */
const CHANGE_BEFORE =
  /\b(?:edg|inch|tick|creep|crept|mov|climb|jump|shot|shoot|soar|ris|rose|risen|went|gone|surg|spik|leap)\w*\s+$/i;

/**
 * The words before a figure that qualify it, as written ("more than "), or '' when none
 * does; `before` is its sentence up to the figure.
 */
export function qualifierBefore(before: string, unit: string | null, value: number | null): string {
  const match = QUALIFIER.exec(before);
  if (!match) return '';
  // "edged up to 4.2 pct", "climbed up to $50": where a change went, not a ceiling.
  if (/^up to\s/i.test(match[0]) && CHANGE_BEFORE.test(before.slice(0, match.index))) return '';
  // Bare "over" is a bound before a large number ("over 100 games", "over a dozen people")
  // but spans a few of something ("over two spells in charge", "over three games") or a
  // time ("over three years"); "just over", "well over" are bounds whatever follows.
  const bareOver = /^over\s/i.test(match[0]);
  if (bareOver && ((unit !== null && DURATION.test(unit)) || value === null || Math.abs(value) < 10)) return '';
  return match[0];
}
