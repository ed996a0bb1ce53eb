import { isWebUrl } from '../web-address';

// What a link's address points at, from the address alone. Related blocks hold stories;
// the links around them (share buttons, author and tag pages, section fronts, sign-in,
// ads) must never be taken for one. Pure: find-related.ts supplies the addresses.

export type LinkTarget =
  'story' | 'not-web' | 'same-article' | 'comments' | 'share' | 'social' | 'ad' | 'listing' | 'site-page';

// Social networks: their links on a news page are share buttons or "follow us" profiles.
const SOCIAL_HOST =
  /(?:^|\.)(?:facebook|fb|twitter|x|linkedin|instagram|pinterest|reddit|tiktok|youtube|threads|bsky|mastodon|whatsapp|telegram|t|wa|vk|weibo|line|flipboard|tumblr)\.(?:com|me|app|net|social|ru|org)$/;
// Ad servers and paid-recommendation networks.
const AD_HOST =
  /(?:^|[.-])(?:ads?|adserver|adclick|doubleclick|googleadservices|googlesyndication|adnxs|criteo|taboola|outbrain|zergnet|revcontent|amazon-adsystem|mgid)(?:[.-]|$)/;
const AD_PATH = /^\/(?:click|aclk|adclick|ad-click|pagead)(?:\/|$)/i;
// Author, tag, topic and section pages: lists of stories, not a story.
const LISTING_SEGMENT =
  /^(?:tags?|topics?|themen?|authors?|autor(?:en)?|auteurs?|category|categories|section|sections|people|profiles?|users?|contributors?|writers?|staff|columnists?|byline|series|hub|archives?)$/i;
// Pages about the site itself, or about the reader's account.
const SITE_SEGMENT =
  /^(?:about(?:-us)?|contact(?:-us)?|careers|jobs|advertise|advertising|privacy(?:-policy)?|terms(?:-of-(?:use|service))?|cookies?|cookie-settings|cookie-policy|legal|imprint|impressum|help|faq|sitemap|rss|feeds?|search|subscribe|subscriptions?|newsletters?|login|log-in|signin|sign-in|signup|sign-up|register|account|my-account|donate|shop|store|corrections|accessibility)$/i;
// A path of plain words only ("/technology/cloud/") is a section front; story addresses
// carry a slug with hyphens or an id with digits.
const PLAIN_WORD = /^[\p{L}]{1,20}$/u;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // A stray "%" in a hand-written address.
  }
}

// Paid traffic marks its landing pages: click ids of ad networks, paid utm_medium values.
const PAID_PARAM = /^(?:gclid|dclid|msclkid|tblci|oborigurl|paid)$/i;
const PAID_MEDIUM =
  /^(?:cpc|ppc|cpm|paid|paidsocial|paid-social|display|native|sponsored|contentmarketing|content-marketing)$/i;

function isPaidClick(url: URL): boolean {
  for (const [key, value] of url.searchParams) {
    if (PAID_PARAM.test(key) || (key.toLowerCase() === 'utm_medium' && PAID_MEDIUM.test(value))) return true;
  }
  return false;
}

/** Host and path that identify a page whatever the scheme, "www." or trailing slash. */
export function pageKey(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}`;
}

// Query parameters that say where a click came from, not which page it opens.
const TRACKING_PARAM =
  /^(?:utm_\w+|itm_\w+|at_\w+|mc_\w+|src|ref|source|cmp|cmpid|fbclid|gclid|ito|int_source|from|via|share)$/i;

/** What identifies a story: its page key and the query parameters that are not tracking. */
export function storyKey(url: URL): string {
  const params = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return params.length > 0 ? `${pageKey(url)}?${new URLSearchParams(params).toString()}` : pageKey(url);
}

/** What `url` points at, seen from the article whose page keys are `article`. */
export function classifyLink(url: URL, article: ReadonlySet<string>): LinkTarget {
  if (!isWebUrl(url)) return 'not-web';
  const host = url.hostname.toLowerCase();
  if (SOCIAL_HOST.test(host)) return /share|intent|submit|send/i.test(url.href) ? 'share' : 'social';
  // Share endpoints of any host carry the page's own address as a parameter.
  for (const [key, value] of url.searchParams) {
    if (/^(?:u|url|shareurl)$/i.test(key) && /^https?:/i.test(value)) return 'share';
  }
  if (AD_HOST.test(host) || AD_PATH.test(url.pathname) || isPaidClick(url)) return 'ad';
  if (/comment|respond/i.test(url.hash) || /(?:^|\/)comments?(?:\/|$)/i.test(url.pathname)) return 'comments';
  if (article.has(pageKey(url))) return 'same-article';
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.some((segment) => SITE_SEGMENT.test(segment))) return 'site-page';
  if (segments.some((segment) => LISTING_SEGMENT.test(segment))) return 'listing';
  if (segments.every((segment) => PLAIN_WORD.test(decodeSegment(segment))) && !/\d/.test(url.search)) {
    return 'listing';
  }
  return 'story';
}
