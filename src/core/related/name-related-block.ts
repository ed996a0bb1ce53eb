// What a page block calls itself, from its heading or label ("Read next") or from the
// class, id and ARIA names its markup gives it ("explore-more__list"). Pure predicates:
// the DOM walk lives in find-related.ts.
//
// "Related" and "Most read" look alike (a titled list of headlines) and differ in what
// chose the headlines: a related block is picked for this story, by an editor or by
// topic, so it is further reading about it; "Most read", "Trending", "Latest" and
// "Popular" lists rank the whole site by traffic or time and are the same on every page,
// and sponsored "Recommended" widgets are ads. Only the names tell them apart reliably.

/** What a name says about a block: further reading, site-wide lists or ads, or nothing. */
export type BlockName = 'related' | 'unrelated' | null;

// \b knows only ASCII letters: these boundaries work for "à lire aussi" and "читайте".
const phrases = (...alternatives: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const RELATED_TEXT = phrases(
  // English
  'related',
  'read (?:more|also)',
  'what to read next',
  '(?:up|read) next',
  'next up',
  'keep reading',
  'more to read',
  'explore more',
  'more (?:on|about|in) [\\p{L}\\p{N}][^]*',
  'more (?:stories|coverage|articles) (?:like|on|about) [^]*',
  // Issue 14: the other headings sites give the stories they pick for this one.
  'more coverage',
  '(?:full|further|our|previous|earlier) coverage',
  '(?:go|dig) deeper',
  'background reading',
  'more like this',
  'you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested[^]*)',
  'recommended',
  'further reading',
  'see also',
  'also read',
  'in (?:this|the same) (?:series|story)',
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian
  'lesen sie (?:auch|mehr)',
  'mehr zum thema',
  'das könnte sie auch interessieren',
  'weitere artikel',
  'à lire (?:aussi|également)',
  'lire aussi',
  'sur le même (?:sujet|thème)',
  'pour aller plus loin',
  'lee (?:también|más)',
  'leer más',
  'te puede interesar',
  '(?:noticias|notícias|artículos|artigos|materias|matérias) relacionad[oa]s',
  'leggi anche',
  'articoli correlati',
  'potrebbe interessarti',
  'leia (?:também|mais)',
  'veja também',
  'lees ook',
  'meer over',
  'czytaj (?:też|także)',
  'читайте также',
  'по теме',
  // Chinese, Japanese, Korean: whole phrases, as these scripts have no spaces to bound them.
  // 更多阅读 and 推荐阅读 sit under the story and are picked for it (issue 15's pages).
  '[^]*(?:相关阅读|相关新闻|相关文章|相关报道|相关推荐|延伸阅读|推荐阅读|更多阅读|相關|延伸閱讀|推薦閱讀|更多閱讀|関連記事|関連ニュース|あわせて読みたい|관련 ?기사)[^]*',
);

const UNRELATED_TEXT = phrases(
  'most[ -](?:read|popular|viewed|shared|commented|emailed|watched|recent)',
  'popular',
  'trending',
  'top (?:stories|news|headlines)',
  "today's (?:headlines|top stories|news)",
  'latest',
  'recent(?: (?:posts|stories|articles|news))?',
  'breaking',
  'sponsored',
  'promoted',
  'paid (?:content|post|partner)',
  'partner (?:content|stories)',
  '(?:from|around|across) the web',
  'recommended by',
  'advertisement',
  'newsletters?',
  'follow us',
  'meistgelesen\\p{L}*',
  'les plus lus',
  'lo más leído',
  'i più letti',
  'самые (?:популярные|читаемые)',
  'популярное',
  // 猜你喜欢 ("guess what you like") and 为你推荐 are chosen for the reader, not for the
  // story: a recommendation feed, on portals mixed with ads (推广), like "Recommended by".
  '[^]*(?:热门|熱門|热点|熱點|热榜|热搜|最新|排行|猜你喜欢|猜你喜歡|为你推荐|為你推薦|大家都在看|精彩推荐|精彩推薦|广告|廣告|推广|推廣|人気|ランキング)[^]*',
);

// Class, id and ARIA names, split into words: "explore-more__list" -> "explore more list".
const RELATED_TOKENS =
  /\b(?:related|relatedposts|explore more|read next|readnext|read more|up next|more on|more like this|also like|may like|recommended|recommendations?|further reading|see also|recirc\w*|keep reading)\b/;
const UNRELATED_TOKENS =
  /\b(?:most read|mostread|most popular|popular|trending|most viewed|latest|breaking|newsletter|subscribe|signup|sponsored|sponsor|promoted|promo|advert\w*|ads?|adslot|outbrain|taboola|zergnet|revcontent|share|sharing|social|comments?|tags?|author|authors|byline|breadcrumbs?|nav|navigation|menu|pagination|pager)\b/;

/** Lowercase words of a heading or label, typographic apostrophes made plain. */
function normalizeText(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** What a heading or label ("Explore more", "Most read") names. */
export function nameOfLabel(text: string): BlockName {
  const normalized = normalizeText(text);
  // A label is short; a sentence that mentions "related" is article text.
  if (normalized === '' || normalized.length > 80) return null;
  if (UNRELATED_TEXT.test(normalized)) return 'unrelated';
  if (RELATED_TEXT.test(normalized)) return 'related';
  return null;
}

/** Splits class and id values into lowercase words: "mostRead__list" -> "most read list". */
export function wordsOfNames(names: string): string {
  if (names.trim() === '') return ''; // Most elements have no class: skip the regular expressions.
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

/** What class, id or ARIA names ("explore-more__list", "widget--most-read") call a block. */
export function nameOfTokens(names: string): BlockName {
  const words = wordsOfNames(names);
  if (words === '') return null;
  if (UNRELATED_TOKENS.test(words)) return 'unrelated';
  if (RELATED_TOKENS.test(words)) return 'related';
  return null;
}
