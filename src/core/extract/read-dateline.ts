// Dates as pages print them: "PORT ALDER, March 4, 2008 (Example Wire) -", "Published
// 4:00 am CST, Wednesday, November 20, 2019", "19. November 2019", "22 de janeiro de
// 2018", "2018-09-16". Used where the page's metadata gives no date (issue 12), and to
// cut dates out of bylines ("Jeff FoustMonday, November 18, 2019").

const MONTHS: Record<string, number> = {};
// English names and their abbreviations, then German, French, Spanish, Portuguese, Italian.
for (const line of [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
]) {
  line.split(' ').forEach((name, i) => (MONTHS[name] = i + 1));
}
Object.assign(MONTHS, { sept: 9, okt: 10, dez: 12 });

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
// Years a news page can be dated: the web's and this century's.
const YEAR = '((?:19[9]\\d|20\\d\\d))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';

// "March 4, 2008", "Nov. 20, 2019", "November 20th, 2019"
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'iu');
// "4 March 2008", "19. November 2019", "22 de janeiro de 2018", "19 Nov 2019"
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)${DAY}\\s+(?:de\\s+)?${MONTH}(?:\\s+de)?,?\\s+${YEAR}(?!\\d)`, 'iu');
// "2018-09-16", "2019/11/19"
const ISO_DATE = new RegExp(`(?<!\\d)${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)`);
// A month or day name glued to the word before it, as a byline and its date run together
// in a page's markup: "Carrie ArnoldNovember 15, 2019", "Jeff FoustMonday, November 18".
const CAPITALISED = [...Object.keys(MONTHS), 'monday tuesday wednesday thursday friday saturday sunday'.split(' ')]
  .flat()
  .filter((name) => name.length > 3)
  .map((name) => name[0]!.toUpperCase() + name.slice(1));
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=(?:${CAPITALISED.join('|')})[\\s,])`, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 February
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date printed in `text`, as where it starts and its ISO 8601 day; null when none. */
export function findDate(text: string): { index: number; iso: string } | null {
  const candidates: { index: number; iso: string | null }[] = [];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push({ index: mdy.index, iso: isoDate(+mdy[3]!, MONTHS[mdy[1]!.toLowerCase()]!, +mdy[2]!) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push({ index: dmy.index, iso: isoDate(+dmy[3]!, MONTHS[dmy[2]!.toLowerCase()]!, +dmy[1]!) });
  const iso = ISO_DATE.exec(text);
  if (iso) candidates.push({ index: iso.index, iso: isoDate(+iso[1]!, +iso[2]!, +iso[3]!) });
  const found = candidates.filter((c): c is { index: number; iso: string } => c.iso !== null);
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** Where a byline's date begins, a glued month name taken apart from the name before it. */
export function unglueMonths(text: string): string {
  return text.replace(GLUED_MONTH, ' ');
}

/** The earliest year a date of a news page can have: before it, a "0001-01-01" placeholder. */
const EARLIEST_YEAR = 1990;

/**
 * A date of the page's metadata, or null when it is none a page can have: unreadable, or
 * before the web ("0001-01-01T00:00:00Z", a CMS's empty value). Kept as the page gives it.
 */
export function possibleDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const time = new Date(text).getTime();
  if (Number.isNaN(time)) return findDate(text)?.iso ?? null;
  return new Date(time).getUTCFullYear() >= EARLIEST_YEAR ? text : null;
}
