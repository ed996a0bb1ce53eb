import { ELEMENT_INDEX_ATTR } from '../core/extract/blocks';
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { isWebAddress } from '../core/web-address';

// What an article is made of, and nothing else: no script, style, form, frame, embed,
// media or SVG (an <svg onload> or <use href> is code or a request), no id or name (they
// would clobber the reader page's own globals), no page classes or inline styles.
const ALLOWED_TAGS = (
  'a abbr article b bdi bdo blockquote br caption cite code dd del dfn div dl dt em figcaption ' +
  'figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp section small span ' +
  'strong sub sup table tbody td tfoot th thead time tr u ul var wbr'
).split(' ');

// Attributes that are not addresses. DOMPurify checks every attribute outside its
// "URI-safe" list against ALLOWED_URI_REGEXP, which would drop colspan="2" with ours.
// The data attribute carries the core's element numbers (Paragraph.elementIndex).
const PLAIN_ATTR = [
  'colspan',
  'datetime',
  'dir',
  'headers',
  'lang',
  'reversed',
  'rowspan',
  'scope',
  'start',
  ELEMENT_INDEX_ATTR,
];
// `src` only so that an image can become a link to itself (see replaceImages).
const ALLOWED_ATTR = [...PLAIN_ATTR, 'alt', 'href', 'src', 'title'];

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  // Page data-* and aria-* attributes are the page's business (aria-hidden="true" on
  // article text would hide it from screen readers here).
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web addresses (core/web-address.ts, in the form DOMPurify takes): no javascript:,
  // data:, blob:, mailto: or relative leftovers.
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  // Controls whose text is not article text (the core skips them too); a <form> that
  // wraps a whole page (ASP.NET sites) keeps its content, only the element goes.
  ADD_FORBID_CONTENTS: ['button', 'select', 'option', 'datalist', 'textarea', 'canvas', 'object', 'embed'],
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

/** Every link opens the original site in a new tab, without handing it our page (window.opener) or address. */
function secureLinks(root: DocumentFragment): void {
  for (const link of root.querySelectorAll('a')) {
    if (!isWebAddress(link.getAttribute('href'))) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

export interface ImageText {
  /** "Image: {alt}". */
  withAlt: (alt: string) => string;
  /** When the page gave no description. */
  withoutAlt: string;
  /** Tooltip of the link to the image. */
  openTitle: string;
}

/**
 * Images become their description, linked to the image. The reader page is ours: an
 * image it showed would be a request to the news site (or its ad and tracking hosts)
 * made by the extension, and the extension promises to make none. The reader can still
 * open an image on purpose, in a new tab, as an ordinary visit to the site.
 */
function replaceImages(root: DocumentFragment, text: ImageText): void {
  const doc = root.ownerDocument;
  for (const img of root.querySelectorAll('img')) {
    const alt = img.getAttribute('alt')?.replace(/\s+/g, ' ').trim() ?? '';
    const src = img.getAttribute('src');
    const label = alt ? text.withAlt(alt) : text.withoutAlt;
    // A link inside the article's own link would nest anchors: keep the text only.
    const asLink = isWebAddress(src) && !img.closest('a');
    if (!asLink && !alt) {
      img.remove();
      continue;
    }
    const stand = doc.createElement(asLink ? 'a' : 'span');
    stand.className = 'ne-image';
    stand.textContent = label;
    if (asLink) {
      stand.setAttribute('href', src);
      stand.setAttribute('title', text.openTitle);
      stand.setAttribute('target', '_blank');
      stand.setAttribute('rel', 'noopener noreferrer');
    }
    img.replaceWith(stand);
  }
}

/**
 * The article's cleaned HTML (page data) as inert DOM nodes, ready to insert: the one
 * place where page HTML becomes markup in the extension. DOMPurify parses it in an inert
 * document (nothing loads or runs there) and keeps only the allowed tags and attributes;
 * images are replaced before the nodes can reach a live document.
 */
export function sanitizeArticle(html: string, win: WindowLike, imageText: ImageText): DocumentFragment {
  const purify = createDOMPurify(win);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run in this document');
  const fragment = purify.sanitize(html, CONFIG);
  replaceImages(fragment, imageText);
  secureLinks(fragment);
  return fragment;
}
