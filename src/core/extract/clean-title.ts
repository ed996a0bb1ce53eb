// The article's title as the header shows it (issue 12): a page without a <title> still
// has its headline in og:title, the JSON-LD headline or its first <h1>; and a title
// ending in the site's own name ("… - The GiveWell Blog", "…_新闻中心_新浪网") says the
// site twice, beside the site name the header already shows.

/** Separators between a headline and the site, section or brand after it. */
const SEPARATOR = /\s+[|\-–—·»/]\s+|\s*_\s*|\s+::\s+/g;
/** A trailing section ("Smart News", "新闻中心") is this short. */
const MAX_SECTION_WORDS = 3;
const MAX_SECTION_CHARS_UNSPACED = 8;

const folded = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The site's names to match a title's tail against: its stated name and its host's. */
function siteNames(siteName: string | null, pageUrl: string | null): string[] {
  const names: string[] = [];
  if (siteName && folded(siteName).length >= 3) names.push(folded(siteName));
  try {
    const host = pageUrl ? new URL(pageUrl).hostname.replace(/^www\d*\./, '') : '';
    if (host) {
      names.push(folded(host)); // "sportsnet.ca"
      const label = host.split('.').slice(-2, -1)[0] ?? ''; // "sportsnet", "thehill"
      if (label.length >= 3) names.push(folded(label));
    }
  } catch {
    // A page address that is none: the stated name alone.
  }
  return names;
}

/** Whether a title's last part names the site: the same name, or a name beginning with it. */
function namesSite(part: string, names: readonly string[]): boolean {
  const key = folded(part);
  if (key.length < 3) return false;
  return names.some((name) => key === name || key.startsWith(name) || (key.length >= 5 && name.startsWith(key)));
}

const isShortSection = (part: string) =>
  /\s/.test(part.trim())
    ? part.trim().split(/\s+/).length <= MAX_SECTION_WORDS
    : part.trim().length <= MAX_SECTION_CHARS_UNSPACED;

/**
 * The title without the site's name after it, and without a short section between the
 * two ("Three cases of plague | Smart News | Smithsonian"). What is left must still be a
 * headline; a title that is the site's name alone stays as it is.
 */
export function withoutSiteName(title: string, siteName: string | null, pageUrl: string | null): string {
  const names = siteNames(siteName, pageUrl);
  if (names.length === 0) return title;
  const { parts, separators } = split(title.trim());
  let separator: string | undefined;
  // A site name that holds a separator itself: "Remember 80/90 - Memorabilia anni 80/90".
  const whole = siteName?.trim();
  const tail = whole ? split(whole).parts.length : 0;
  if (whole && parts.length > tail && parts.slice(-tail).join(' ') === split(whole).parts.join(' ')) {
    parts.splice(-tail);
    separators.splice(-tail + 1 || separators.length);
    separator = separators.pop();
  } else if (parts.length >= 2 && namesSite(parts[parts.length - 1]!, names)) {
    parts.pop();
    separator = separators.pop();
  } else {
    return title;
  }
  while (
    parts.length > 1 &&
    separators[separators.length - 1] === separator &&
    isShortSection(parts[parts.length - 1]!)
  ) {
    parts.pop();
    separators.pop();
  }
  const rest = parts.reduce((text, part, i) => (i === 0 ? part : `${text} ${separators[i - 1]} ${part}`), '').trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : title;
}

/** A title's parts between separators, and the separators (trimmed) between them. */
function split(title: string): { parts: string[]; separators: string[] } {
  const parts: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const match of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, match.index));
    separators.push(match[0].trim());
    last = match.index! + match[0].length;
  }
  parts.push(title.slice(last));
  return { parts, separators };
}

export interface TitleSources {
  /** Readability's title (its own reading of <title>, else the page's metadata). */
  readability: string | null | undefined;
  /** The JSON-LD headline, else og:title or twitter:title. */
  metadata: string | null;
  /** The page's first <h1>, read only when the others give nothing. */
  firstHeading: () => string | null;
  siteName: string | null;
  pageUrl: string | null;
}

const clean = (text: string | null | undefined) => text?.replace(/[ \t\r\n\f]+/g, ' ').trim() || null;

/** The headline: the first source that gives one that is not the site's name alone. */
export function articleTitle(sources: TitleSources): string {
  const site = sources.siteName ? folded(sources.siteName) : null;
  const isOnlySite = (text: string) => site !== null && folded(text) === site;
  const candidates = [
    () => clean(sources.readability),
    () => clean(sources.metadata),
    () => clean(sources.firstHeading()),
  ];
  let fallback: string | null = null;
  for (const candidate of candidates) {
    const text = candidate();
    if (!text) continue;
    if (isOnlySite(text)) {
      fallback ??= text;
      continue;
    }
    return withoutSiteName(text, sources.siteName, sources.pageUrl);
  }
  return fallback ?? '';
}
