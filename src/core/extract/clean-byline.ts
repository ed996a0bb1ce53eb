import { findDate, unglueMonths } from './read-dateline';

// Bylines as pages mark them up carry more than the names (issue 12): "by 5 days ago",
// "by Reuters,", "John Leyden ? More by this author", "Associated Press November 19, 2019,
// 9:02 AM", "admin - 2018-09-16", "Jeff FoustMonday, November 18, 2019", a lone "By". The
// names are what is left when the date, the time, the author-page link and the
// punctuation between them are cut away.

const LEADING_BY = /^(?:(?:posted|written|words|story|text|reported|published)\s+)?by\b[:\s]*/i;
const AUTHOR_LINK =
  /\s*[?|•·–—:-]?\s*\b(?:more (?:by|from|articles|stories|posts)|view (?:all|profile|bio)|all (?:articles|posts|stories) by|see all|follow)\b.*$/i;
/** Where a date, a time or a "when" word begins: what follows is no name. */
const WHEN = [
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/,
  /\b\d{1,2}:\d{2}\b/,
  /\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i,
  /\bago\b/i,
  /\b(?:yesterday|today|updated|published|posted|last (?:updated|modified))\b/i,
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  /\b(?:19|20)\d\d\b/,
];
const EDGE_PUNCTUATION = /^[\s,;:|·•?/\-–—]+|[\s,;:|·•?/\-–—]+$/g;
/** A byline longer than this is a sentence Readability took for one. */
const MAX_BYLINE_CHARS = 120;

const folded = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The names of a byline, or null when none is left. A byline that only repeats the site's
 * name says nothing the header does not ("BBC News · by BBC News"); an agency credited on
 * another site's page ("Reuters" on VentureBeat) is its source and stays.
 */
export function cleanByline(raw: string | null | undefined, siteName: string | null = null): string | null {
  if (!raw) return null;
  let text = unglueMonths(raw).replace(/\s+/g, ' ').trim().replace(LEADING_BY, '');
  text = text.replace(AUTHOR_LINK, '');
  const cuts = WHEN.map((pattern) => pattern.exec(text)?.index ?? -1);
  const date = findDate(text);
  if (date) cuts.push(date.index);
  const cut = Math.min(...cuts.filter((index) => index >= 0), text.length);
  const wasCut = cut < text.length;
  text = text.slice(0, cut).replace(EDGE_PUNCTUATION, '');
  // "Posted by Wendy Harrower on April 2": the word that led into the date goes with it.
  if (wasCut) text = text.replace(/\s+(?:on|at|in|am|le|el|de|il)$/i, '');
  text = text.replace(LEADING_BY, '').replace(EDGE_PUNCTUATION, '');
  // An all-capitals name run into the agency after it: "JILL LAWLESSAssociated Press".
  text = text.replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll}{2,})/gu, '$1 ');
  if (!/\p{L}/u.test(text) || text.length > MAX_BYLINE_CHARS) return null;
  if (siteName && folded(text) === folded(siteName)) return null;
  return text;
}
