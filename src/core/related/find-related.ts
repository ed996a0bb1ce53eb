import { classifyLink, pageKey, storyKey } from './classify-link';
import { countWords } from '../text/count-words';
import {
  IN_FORM,
  IN_NAV,
  IN_PAGE_FOOTER,
  IN_PAGE_HEADER,
  IN_SIDEBAR,
  isLink,
  linksWithin,
  surveyPage,
} from './survey-page';
import type { PageSurvey } from './survey-page';
import { nameOfLabel, nameOfTokens, type BlockName } from './name-related-block';
import { classWords, isHeading, isTitled, teaserTitle } from './teaser-title';
import type { RelatedLink } from '../types';

export interface RelatedLinkInput {
  /** Address the page was loaded from. */
  pageUrl: string | null;
  /** The article's canonical address, when the page states one. */
  canonicalUrl: string | null;
  /** Elements of `doc` that the article body's blocks came from. */
  articleElements: readonly Element[];
  /** numberedElements(doc.documentElement), when the caller has walked the page already. */
  pageElements?: readonly Element[];
  /** The article's headline: a heading that names its topic names a block of further reading. */
  title?: string | null;
}

// How a block is found. Extractors delete "Related", "Read next" and "Explore more" blocks
// as clutter, so we look at the original page. Any element whose children each link one
// to three stories, with little other text, is a candidate: a list of links, a grid of
// teaser cards, a paragraph "Read more: <a>…</a>". Each candidate is scored on several
// weak signals, because no one of them is reliable alone:
//   - its name: the heading or label before it or inside it, its ARIA label, the class
//     and id words of it and its near ancestors ("Explore more", "read-next");
//   - where it stands: after the article, less so in a sidebar; never in the page's
//     navigation, header, footer or a form;
//   - its shape: teaser cards (headings, pictures), headline-length titles, several
//     stories, addresses on the site itself; and its link density, read as how much
//     of its text lies outside the story items (a block of prose is not a list).
// A name is required: an unnamed grid of headlines may as well be "Latest" or "Popular",
// and a block named so ("Most read", "Trending", "Sponsored") is refused with all it
// holds, whatever its shape; name-related-block.ts says why they differ. When a heading
// names it so, its teasers are not the story's text either, and are left out of the article
// like a related block's: Readability keeps a "Самые популярные диеты" box of teaser cards
// ("lose up to 10 kg in 14 days") as paragraphs, whose numbers then read as the story's.
const SCORE_NEEDED = 3;
const SCORE_LABEL = 3;
const SCORE_OWN_NAME = 2;
const SCORE_ANCESTOR_NAME = 1;
const PENALTY_ANCESTOR_UNRELATED = 2;
const SCORE_AFTER_ARTICLE = 1;
const SCORE_AFTER_ARTICLE_IN_SIDEBAR = 0.5;
const PENALTY_BEFORE_ARTICLE = 1;
const SCORE_TEASERS = 0.5;
const SCORE_SEVERAL = 0.5;
const SCORE_HEADLINES = 0.5;
const PENALTY_OFF_SITE = 2;

// Larger blocks are page sections or link farms, not a block of further reading.
const MAX_LINKS = 60;
// A teaser card links its story, maybe a section and an author; more is a container.
const MAX_STORIES_PER_ITEM = 3;
// Text outside the story items beyond this (and beyond a third of the block) is article
// or page content: the article body links stories too, between paragraphs of its own.
const MAX_LOOSE_TEXT = 300;
// Shorter titles are menu entries, section names and hub pages, not headlines.
const MIN_TITLE_WORDS = 3;
const HEADLINE_WORDS = 4;
// Labels and headings are short; a longer text is content.
const MAX_LABEL_CHARS = 80;
// A block's own words, outside its links, are read as its label ("Read more: …",
// "<b>Related Stories</b><br><a>…</a><br>…" in an old table cell) when they are short
// enough to be one and the block small enough to walk (walking a deep subtree at every
// level would be quadratic).
const MAX_OWN_WORDS_ELEMENTS = 200;
// A line of an inline list ("<p><a>Headline</a></p>" after "SEE ALSO:") holds its links
// and at most a bullet or separator besides.
const MAX_LINE_LOOSE_CHARS = 12;
// A heading that names the article's topic ("The Port Ellery dredging project") names a
// block of further reading less surely than "Related": it needs a little more besides.
const SCORE_TOPIC = 2;
// ...and its list is its links: at most a quarter of its text outside them.
const TOPIC_LIST_MAX_OWN_SHARE = 4;
// How far up from a list its name may stand.
const NAME_LEVELS = 3;
// How far into a block its heading may stand, in elements.
const HEADING_REACH = 15;

const CONTAINER_TAG = /^(?:html|body|main)$/;
// More of the article's text than this inside a block, and the block is the article. The
// related blocks taken on both corpora hold at most 16% of it (teasers Readability kept).
const MAX_ARTICLE_SHARE = 0.5;
// What a line of text is made of: links and inline markup, no blocks.
const INLINE_TAG = /^(?:a|b|strong|em|i|u|span|font|small|big|mark|img|picture|br|wbr|time|abbr|cite|q|sup|sub)$/;

/** A paragraph-like element holding inline content only: a line of an inline list. */
function isLine(el: Element): boolean {
  if (INLINE_TAG.test(el.localName)) return false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (!INLINE_TAG.test(child.localName)) return false;
  }
  return true;
}
const AD = 'ad';
const REFUSED = 'refused';
const REFUSED_PLACES = IN_NAV | IN_PAGE_HEADER | IN_PAGE_FOOTER | IN_FORM;

interface Story {
  url: string;
  /** The same story whatever tracking parameters its links carry. */
  key: string;
  /** Links to it inside the candidate, in order. */
  anchors: Element[];
  /** The candidate's child that holds its first link. */
  item: Element;
  title: string;
  fromHeading: boolean;
}

interface Candidate {
  index: number;
  /** Sibling lines that continue an inline list after the candidate (see extendWithLines). */
  lines: number[];
  stories: Story[];
  /** The element naming the block from outside it, if any. */
  label: Element | null;
  score: number;
  /**
   * Named by its heading as none of the story's ("Most read", "Latest", "Sponsored"): no
   * further reading, and not the story's text. Its score and lines are unused.
   */
  siteList?: true;
}

/** A link's story: its address without fragment, and the key that identifies the story. */
interface StoryTarget {
  url: string;
  key: string;
}

interface Context {
  page: PageSurvey;
  base: string | undefined;
  /** Page keys of the article itself. */
  article: ReadonlySet<string>;
  articleIndices: number[];
  siteHost: string | null;
  /** Content words of the article's headline, stemmed (topicWords). */
  titleWords: ReadonlySet<string>;
  /** What each link element (by index) points at, once looked up. */
  targets: Map<number, StoryTarget | typeof AD | null>;
  /** What each href value points at: a teaser card links its story two or three times. */
  hrefTargets: Map<string, StoryTarget | typeof AD | null>;
}

function absolute(href: string, base: string | undefined): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** What a link points at: a story (address without fragment), an ad, or something else. */
function targetOf(context: Context, linkIndex: number): StoryTarget | typeof AD | null {
  const cached = context.targets.get(linkIndex);
  if (cached !== undefined) return cached;
  const link = context.page.elements[linkIndex]!;
  const href = link.getAttribute('href') ?? '';
  let target = context.hrefTargets.get(href);
  if (target === undefined) {
    const url = absolute(href, context.base);
    const kind = url ? classifyLink(url, context.article) : 'not-web';
    target = null;
    if (kind === 'ad') target = AD;
    else if (url && kind === 'story') {
      url.hash = '';
      target = { url: url.href, key: storyKey(url) };
    }
    context.hrefTargets.set(href, target);
  }
  if (/\bsponsored\b/i.test(link.getAttribute('rel') ?? '')) target = AD;
  context.targets.set(linkIndex, target);
  return target;
}

/** Whether the subtree of element `i` links any story. */
function linksAStory(context: Context, i: number): boolean {
  return linksWithin(context.page, i).some((link) => {
    const target = targetOf(context, link);
    return target !== null && target !== AD;
  });
}

/**
 * The stories a candidate list links to, grouped by address; null if it is no list;
 * AD if a third or more of its links are ads (a paid "You may like" widget).
 */
function storiesOf(context: Context, index: number): Story[] | typeof AD | null {
  const { page } = context;
  const stories = new Map<string, Story>();
  let ads = 0;
  let looseText = page.textLength[index]!;
  for (let child = page.elements[index]!.firstElementChild; child; child = child.nextElementSibling) {
    const c = page.order.get(child)!;
    if (page.linkCount[c] === 0 || isHeading(child)) continue;
    const inItem = new Set<string>();
    for (const linkIndex of linksWithin(page, c)) {
      const target = targetOf(context, linkIndex);
      if (target === AD) ads++;
      if (!target || target === AD) continue;
      inItem.add(target.key);
      const anchor = page.elements[linkIndex]!;
      const story = stories.get(target.key);
      if (story) story.anchors.push(anchor);
      // Fields spelled out: an object spread here took a third of this step's time in V8.
      else
        stories.set(target.key, {
          url: target.url,
          key: target.key,
          anchors: [anchor],
          item: child,
          title: '',
          fromHeading: false,
        });
    }
    if (inItem.size > MAX_STORIES_PER_ITEM) return null;
    if (inItem.size > 0) looseText -= page.textLength[c]!;
  }
  if (looseText > MAX_LOOSE_TEXT && looseText * 3 > page.textLength[index]!) return null;
  if (ads > 0 && ads * 2 >= stories.size) return AD;
  return stories.size > 0 ? [...stories.values()] : null;
}

function isShortLabel(page: PageSurvey, el: Element): boolean {
  const length = page.textLength[page.order.get(el)!]!;
  return length > 0 && length <= MAX_LABEL_CHARS;
}

/** A heading, an element named as a title, or a header wrapper. */
const isLabelElement = (el: Element) => isTitled(el) || /\bheader\b/.test(classWords(el));

/** The heading or label that names the block at `index`, and what it calls it. */
function labelOf(context: Context, index: number): { label: Element | null; name: BlockName } {
  const { page } = context;
  const el = page.elements[index]!;
  const links = linksWithin(page, index);
  // A heading inside the block, before its first link.
  const firstLink = links[0] ?? page.subtreeEnd[index]!;
  for (let i = index + 1; i < firstLink && i <= index + HEADING_REACH; i++) {
    const candidate = page.elements[i]!;
    if (isShortLabel(page, candidate) && isLabelElement(candidate)) {
      // A heading inside one of the block's items names that item alone: MSN's side rail
      // opens with "You may like" (ads) above "More from CNN".
      let child = candidate;
      while (child.parentElement !== el) child = child.parentElement!;
      if (!linksAStory(context, page.order.get(child)!))
        return { label: candidate, name: nameOfLabel(candidate.textContent ?? '') };
      break;
    }
  }
  // "Read more: <a>…</a>": the block's own words around its links.
  const own = labelWords(context, index, links);
  if (own) {
    const name = nameOfLabel(own.replace(/[\s:：|–—-]+$/, ''));
    if (name) return { label: null, name };
  }
  // The heading just before the block, or before the wrapper the block opens.
  let node: Element | null = el;
  for (let level = 0; node && level <= NAME_LEVELS && !CONTAINER_TAG.test(node.localName); level++) {
    let sibling = node.previousElementSibling;
    while (sibling && page.textLength[page.order.get(sibling)!] === 0) sibling = sibling.previousElementSibling;
    if (sibling) {
      // A heading may link a section front; an element that links stories is another block.
      const s = page.order.get(sibling)!;
      if (isShortLabel(page, sibling) && !linksAStory(context, s)) {
        const name = nameOfLabel(sibling.textContent ?? '');
        // A heading goes with its block even when its words name nothing we know; a short
        // paragraph that names nothing is article text.
        if (name || isLabelElement(sibling)) return { label: sibling, name };
      }
      break;
    }
    node = node.parentElement;
  }
  // An ARIA name on the block or a near ancestor.
  node = el;
  for (let level = 0; node && level <= NAME_LEVELS && !CONTAINER_TAG.test(node.localName); level++) {
    const labelledBy = node.getAttribute('aria-labelledby');
    const doc = node.ownerDocument;
    const text = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent ?? '')
          .join(' ')
      : node.getAttribute('aria-label');
    const name = text ? nameOfLabel(text) : null;
    if (name) return { label: null, name };
    node = node.parentElement;
  }
  return { label: null, name: null };
}

/** Characters of the subtree of element `index` outside its links (`links`: linksWithin). */
function ownTextLength(page: PageSurvey, index: number, links: readonly number[]): number {
  let length = page.textLength[index]!;
  for (const link of links) length -= page.textLength[link]!;
  return length;
}

/**
 * The block's own words, when they are few enough to be its label: its text outside its
 * links and outside the items that link a story (an item's heading names that item alone:
 * MSN's rail holds a "You may like" box of ads among its items). Null otherwise.
 */
function labelWords(context: Context, index: number, links: readonly number[]): string | null {
  const { page } = context;
  const own = ownTextLength(page, index, links);
  if (own <= 0 || page.subtreeEnd[index]! - index > MAX_OWN_WORDS_ELEMENTS) return null;
  const parts: string[] = [];
  let length = 0;
  for (let node = page.elements[index]!.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const c = page.order.get(node as Element);
    if (c === undefined || isLink(page.elements[c]!) || linksAStory(context, c)) continue;
    length += ownTextLength(page, c, linksWithin(page, c));
    if (length > MAX_LABEL_CHARS) return null;
    parts.push(ownText(page, c));
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** The text of the subtree of element `index` outside its links, each element's own text in turn. */
function ownText(page: PageSurvey, index: number): string {
  const parts: string[] = [];
  const end = page.subtreeEnd[index]!;
  for (let i = index; i <= end; i++) {
    const el = page.elements[i]!;
    if (i > index && isLink(el)) {
      i = page.subtreeEnd[i]!;
      continue;
    }
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push(node.textContent ?? '');
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

// Words too common to name a topic, in headlines and the headings above lists.
const TOPIC_STOP_WORDS = new Set(
  'the and for with from that this what when where into over after about more news story stories latest'.split(' '),
);

/** Content words of a headline or heading, cut to five letters (a crude stem: "dredging", "dredge"). */
export function topicWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]{4,}/gu)) {
    if (!TOPIC_STOP_WORDS.has(word)) words.add(word.slice(0, 5));
  }
  return words;
}

/**
 * Whether the heading before the block at `index` names the article's topic: most of its
 * content words are in the headline, yet it is not the headline, and the block is mostly
 * its links (the article under its headline is no list of further reading: iab-1 of
 * Readability's test pages).
 */
function namesTopic(context: Context, index: number, label: Element): boolean {
  const { page } = context;
  if (label.localName === 'h1' || page.elements[index]!.contains(label)) return false;
  const words = topicWords(label.textContent ?? '');
  if (words.size === 0 || context.titleWords.size === 0) return false;
  let shared = 0;
  for (const word of words) if (context.titleWords.has(word)) shared++;
  if (shared * 2 < words.size || shared === context.titleWords.size) return false;
  return ownTextLength(page, index, linksWithin(page, index)) * TOPIC_LIST_MAX_OWN_SHARE <= page.textLength[index]!;
}

/** What the class and id words of the block and its near ancestors call it, nearest first. */
function tokenNames(page: PageSurvey, index: number): BlockName[] {
  const names: BlockName[] = [];
  let node: Element | null = page.elements[index]!;
  for (let level = 0; node && level <= NAME_LEVELS && !CONTAINER_TAG.test(node.localName); level++) {
    names.push(nameOfTokens(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`));
    node = node.parentElement;
  }
  return names;
}

/**
 * Where the block stands against the article's own elements, leaving out those inside
 * it (Readability sometimes keeps a related block as article text) and around it.
 */
function positionScore(context: Context, index: number): number {
  const { page, articleIndices } = context;
  const end = page.subtreeEnd[index]!;
  let before = 0;
  let after = 0;
  for (const a of articleIndices) {
    if (a >= index && a <= end) continue;
    if (a < index && page.subtreeEnd[a]! >= end) continue;
    if (a < index) before++;
    else after++;
  }
  const outside = before + after;
  if (outside === 0) return 0;
  if (after > outside * 0.1) return before <= outside * 0.1 ? -PENALTY_BEFORE_ARTICLE : 0;
  return page.places[index]! & IN_SIDEBAR ? SCORE_AFTER_ARTICLE_IN_SIDEBAR : SCORE_AFTER_ARTICLE;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Whether page key `upper` is a section front above `lower`: "x.com/world" above "x.com/world/y-z". */
const isAbove = (upper: string, lower: string) => lower.startsWith(`${upper}/`);

/**
 * A candidate with its score, or REFUSED when its place or name rules it out (and
 * everything in it), or null when it is unnamed or holds no story worth a link.
 */
function scoreCandidate(context: Context, index: number, found: Story[]): Candidate | typeof REFUSED | null {
  const { page } = context;
  if (page.places[index]! & REFUSED_PLACES) return REFUSED;
  const { label, name } = labelOf(context, index);
  const tokens = tokenNames(page, index);
  // Only a heading names a site-wide list surely enough to leave its text out of the article:
  // a short line's own words ("To give more weight to recent entries") are often the story's.
  if (name === 'unrelated' && label !== null && isLabelElement(label))
    return { index, lines: [], stories: found, label, score: 0, siteList: true };
  if (name === 'unrelated' || tokens[0] === 'unrelated') return REFUSED;
  // Older layouts head a list of earlier stories with the story's topic, not "Related".
  const topic = name === null && label !== null && namesTopic(context, index, label);
  if (name !== 'related' && !topic && !tokens.includes('related')) return null;

  const stories = titledStories(context, found);
  if (stories.length === 0) return null;
  if (topic) {
    // The headlines under a topic heading are about it: "Latest" under a heading that
    // happens to share a word with the headline is not.
    const words = new Set([...context.titleWords, ...topicWords(label.textContent ?? '')]);
    const onTopic = stories.filter((story) => [...topicWords(story.title)].some((word) => words.has(word)));
    if (onTopic.length * 2 < stories.length) return null;
  }

  let score = name === 'related' ? SCORE_LABEL : topic ? SCORE_TOPIC : 0;
  if (tokens[0] === 'related') score += SCORE_OWN_NAME;
  else if (tokens.includes('related')) score += SCORE_ANCESTOR_NAME;
  if (tokens.includes('unrelated')) score -= PENALTY_ANCESTOR_UNRELATED;
  score += positionScore(context, index);
  const teasers = stories.filter((s) => s.fromHeading || s.item.querySelector('img, picture') !== null);
  if (teasers.length * 2 >= stories.length) score += SCORE_TEASERS;
  if (stories.length >= 3) score += SCORE_SEVERAL;
  if (median(stories.map((s) => countWords(s.title))) >= HEADLINE_WORDS) score += SCORE_HEADLINES;
  if (context.siteHost) {
    const offSite = stories.filter((s) => new URL(s.url).hostname.replace(/^www\./, '') !== context.siteHost);
    if (offSite.length * 2 > stories.length) score -= PENALTY_OFF_SITE;
  }
  return { index, lines: [], stories, label, score };
}

/** The stories with their teaser headlines, but for menu entries and section fronts. */
function titledStories(context: Context, found: Story[]): Story[] {
  for (const story of found) Object.assign(story, teaserTitle(story.anchors, story.item));
  const keys = found.map((story) => pageKey(new URL(story.url)));
  const above = (key: string) => [...keys, ...context.article].some((other) => isAbove(key, other));
  return found.filter((story, i) => countWords(story.title) >= MIN_TITLE_WORDS && !above(keys[i]!));
}

/**
 * An inline list goes on past the line that holds its label: "SEE ALSO:", then a
 * paragraph per story link, as an editor types them. The lines that follow the accepted
 * candidate, each a story link or two with nothing else (but a bullet), join it, up to
 * the first sibling that is not such a line. Returns the last element index taken.
 */
function extendWithLines(context: Context, candidate: Candidate): number {
  const { page } = context;
  const el = page.elements[candidate.index]!;
  let last = page.subtreeEnd[candidate.index]!;
  if (!isLine(el) || candidate.stories.length > MAX_STORIES_PER_ITEM) return last;
  const seen = new Set(candidate.stories.map((story) => story.key));
  for (let sibling = el.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const s = page.order.get(sibling);
    if (s === undefined) break;
    if (page.textLength[s] === 0 && page.linkCount[s] === 0) continue; // a <br>, an empty spacer
    const links = linksWithin(page, s);
    if (!isLine(sibling) || links.length === 0 || ownTextLength(page, s, links) > MAX_LINE_LOOSE_CHARS) break;
    const found = storiesOf(context, s);
    if (!found || found === AD || found.length > MAX_STORIES_PER_ITEM) break;
    const stories = titledStories(context, found).filter((story) => !seen.has(story.key));
    if (stories.length === 0) break;
    for (const story of stories) seen.add(story.key);
    candidate.stories.push(...stories);
    candidate.lines.push(s);
    last = page.subtreeEnd[s]!;
  }
  return last;
}

/** Relative links resolve against the canonical address, og:url or the page address. */
function baseAddress(doc: Document, input: RelatedLinkInput): string | undefined {
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  let base = [input.canonicalUrl, ogUrl, input.pageUrl].find((a) => a && absolute(a, undefined)) ?? undefined;
  // A <base href> decides how the browser resolves the page's relative links.
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) base = absolute(baseHref, base)?.href ?? base;
  return base;
}

/** Forms that hold the article: the page's own wrapper (ASP.NET), not a form in the page. */
function formsAroundArticle(articleElements: readonly Element[]): Set<Element> {
  const forms = new Set<Element>();
  const seen = new Set<Element>();
  for (const el of articleElements) {
    for (let node = el.parentElement; node && !seen.has(node); node = node.parentElement) {
      seen.add(node);
      if (node.localName === 'form') forms.add(node);
    }
  }
  return forms;
}

/**
 * The share of the article's text (its own elements', on the page) inside element
 * `index`'s subtree. Nested article elements count once, in their outermost one.
 */
function articleShareIn(context: Context, index: number): number {
  const { page, articleIndices } = context;
  const end = page.subtreeEnd[index]!;
  let inside = 0;
  let total = 0;
  let coveredUntil = -1;
  for (const a of articleIndices) {
    if (a <= coveredUntil) continue;
    coveredUntil = page.subtreeEnd[a]!;
    const chars = page.textLength[a]!;
    total += chars;
    if (a >= index && a <= end) inside += chars;
  }
  return total > 0 ? inside / total : 0;
}

function relatedCandidates(
  doc: Document,
  input: RelatedLinkInput,
): { context: Context; candidates: Candidate[]; siteLists: Candidate[] } {
  const page = surveyPage(doc, input.pageElements, formsAroundArticle(input.articleElements));
  const base = baseAddress(doc, input);
  const article = new Set<string>();
  for (const address of [input.canonicalUrl, input.pageUrl, base]) {
    const url = address ? absolute(address, undefined) : null;
    if (url) article.add(pageKey(url)).add(storyKey(url));
  }
  const articleIndices = input.articleElements
    .map((el) => page.order.get(el))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  const siteHost = (base && absolute(base, undefined)?.hostname.replace(/^www\./, '')) || null;
  const context: Context = {
    page,
    base,
    article,
    articleIndices,
    siteHost,
    titleWords: topicWords(input.title ?? ''),
    targets: new Map(),
    hrefTargets: new Map(),
  };

  const candidates: Candidate[] = [];
  const siteLists: Candidate[] = [];
  // Parents come before their children: once a block is taken or refused, so is all of
  // it (the list, not each of its cards; nothing inside a "Most read" box).
  let decidedUntil = -1;
  for (let index = 0; index < page.elements.length; index++) {
    if (index <= decidedUntil) continue;
    // Places are inherited: nothing inside the page's navigation, header, footer or a
    // form can be taken (scoreCandidate refuses them), so none of it is looked at.
    if (page.places[index]! & REFUSED_PLACES) {
      decidedUntil = page.subtreeEnd[index]!;
      continue;
    }
    const count = page.linkCount[index]!;
    if (count === 0 || count > MAX_LINKS || isLink(page.elements[index]!)) continue;
    const stories = storiesOf(context, index);
    if (!stories) continue;
    const candidate = stories === AD ? REFUSED : scoreCandidate(context, index, stories);
    if (candidate && candidate !== REFUSED && candidate.siteList) {
      decidedUntil = page.subtreeEnd[index]!;
      if (articleShareIn(context, index) <= MAX_ARTICLE_SHARE) siteLists.push(candidate);
      continue;
    }
    // A block that holds most of the article is the article, however it lists its points
    // (issue 12): its own parts may still be further reading, so it is passed by, not refused.
    const takes = candidate !== null && candidate !== REFUSED && candidate.score >= SCORE_NEEDED;
    if (takes && articleShareIn(context, index) > MAX_ARTICLE_SHARE) continue;
    if (candidate === REFUSED || (candidate && candidate.score >= SCORE_NEEDED)) {
      decidedUntil = page.subtreeEnd[index]!;
      if (candidate !== REFUSED) {
        candidates.push(candidate);
        decidedUntil = extendWithLines(context, candidate);
      }
    }
  }
  return { context, candidates, siteLists };
}

export interface RelatedReading {
  /**
   * Links the page offers as further reading ("Related", "Read next", "Explore more"…),
   * in page order, each once, with its teaser headline and absolute address; [] when
   * the page has no such block.
   */
  links: RelatedLink[];
  /**
   * The page elements that hold those blocks, their headings included, and the blocks a
   * heading names as the site's or as ads ("Most read", "Sponsored"), in page order: what
   * the extracted article text should leave out.
   */
  blocks: Element[];
}

/** Related-reading blocks of the original page, and their links. Never modifies the page. */
export function findRelated(doc: Document, input: RelatedLinkInput): RelatedReading {
  const { context, candidates, siteLists } = relatedCandidates(doc, input);
  const setAside = [...candidates, ...siteLists].sort((a, b) => a.index - b.index);
  return { links: linksOf(candidates), blocks: blocksOf(context, setAside) };
}

function linksOf(candidates: readonly Candidate[]): RelatedLink[] {
  const seen = new Set<string>();
  const links: RelatedLink[] = [];
  for (const candidate of candidates) {
    for (const story of candidate.stories) {
      if (seen.has(story.key)) continue;
      seen.add(story.key);
      links.push({ title: story.title, url: story.url });
    }
  }
  return links;
}

function blocksOf(context: Context, candidates: readonly Candidate[]): Element[] {
  const { page } = context;
  const textOf = (el: Element) => page.textLength[page.order.get(el)!]!;
  const blocks: Element[] = [];
  for (const candidate of candidates) {
    let block = page.elements[candidate.index]!;
    const label = candidate.label;
    // The heading before the list belongs to the block: take their common wrapper when it
    // holds nothing else but a "See all" or "Load more", else the heading and the list apart.
    if (label && !block.contains(label) && label.parentElement?.contains(block)) {
      let top = block;
      while (top.parentElement !== label.parentElement) top = top.parentElement!;
      const parent = label.parentElement;
      const onlyThem =
        !CONTAINER_TAG.test(parent.localName) &&
        [...parent.children].every(
          (child) =>
            child === label ||
            child === top ||
            textOf(child) === 0 ||
            (isShortLabel(page, child) && !linksAStory(context, page.order.get(child)!)),
        );
      if (onlyThem) block = parent;
      else {
        blocks.push(label);
        block = top;
      }
    }
    // Wrappers that hold nothing but the block go with it.
    for (
      let parent = block.parentElement;
      parent &&
      !CONTAINER_TAG.test(parent.localName) &&
      parent.localName !== 'article' &&
      textOf(parent) === textOf(block);
      parent = block.parentElement
    ) {
      block = parent;
    }
    blocks.push(block);
    for (const line of candidate.lines) blocks.push(page.elements[line]!);
  }
  return blocks;
}
