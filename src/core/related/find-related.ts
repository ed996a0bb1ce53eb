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
// holds, whatever its shape; name-related-block.ts says why they differ.
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
// A block small enough to read its own words as a label ("Read more: …"), in characters
// and in elements (reading the text of a deep subtree at every level would be quadratic).
const MAX_INLINE_BLOCK_CHARS = 400;
const MAX_INLINE_BLOCK_ELEMENTS = 20;
// How far up from a list its name may stand.
const NAME_LEVELS = 3;
// How far into a block its heading may stand, in elements.
const HEADING_REACH = 15;

const CONTAINER_TAG = /^(?:html|body|main)$/;
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
  stories: Story[];
  /** The element naming the block from outside it, if any. */
  label: Element | null;
  score: number;
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
  if (
    page.textLength[index]! <= MAX_INLINE_BLOCK_CHARS &&
    page.subtreeEnd[index]! - index <= MAX_INLINE_BLOCK_ELEMENTS
  ) {
    let own = el.textContent ?? '';
    for (const i of links) own = own.replace(page.elements[i]!.textContent ?? '', ' ');
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
  if (name === 'unrelated' || tokens[0] === 'unrelated') return REFUSED;
  if (name !== 'related' && !tokens.includes('related')) return null;

  for (const story of found) Object.assign(story, teaserTitle(story.anchors, story.item));
  const keys = found.map((story) => pageKey(new URL(story.url)));
  const above = (key: string) => [...keys, ...context.article].some((other) => isAbove(key, other));
  const stories = found.filter((story, i) => countWords(story.title) >= MIN_TITLE_WORDS && !above(keys[i]!));
  if (stories.length === 0) return null;

  let score = name === 'related' ? SCORE_LABEL : 0;
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
  return { index, stories, label, score };
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

function relatedCandidates(doc: Document, input: RelatedLinkInput): { context: Context; candidates: Candidate[] } {
  const page = surveyPage(doc, input.pageElements);
  const base = baseAddress(doc, input);
  const article = new Set<string>();
  for (const address of [input.canonicalUrl, input.pageUrl, base]) {
    const url = address ? absolute(address, undefined) : null;
    if (url) article.add(pageKey(url));
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
    targets: new Map(),
    hrefTargets: new Map(),
  };

  const candidates: Candidate[] = [];
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
    if (candidate === REFUSED || (candidate && candidate.score >= SCORE_NEEDED)) {
      decidedUntil = page.subtreeEnd[index]!;
      if (candidate !== REFUSED) candidates.push(candidate);
    }
  }
  return { context, candidates };
}

export interface RelatedReading {
  /**
   * Links the page offers as further reading ("Related", "Read next", "Explore more"…),
   * in page order, each once, with its teaser headline and absolute address; [] when
   * the page has no such block.
   */
  links: RelatedLink[];
  /**
   * The page elements that hold those blocks, their headings included, in page order:
   * what the extracted article text should leave out.
   */
  blocks: Element[];
}

/** Related-reading blocks of the original page, and their links. Never modifies the page. */
export function findRelated(doc: Document, input: RelatedLinkInput): RelatedReading {
  const { context, candidates } = relatedCandidates(doc, input);
  return { links: linksOf(candidates), blocks: blocksOf(context, candidates) };
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
  }
  return blocks;
}
