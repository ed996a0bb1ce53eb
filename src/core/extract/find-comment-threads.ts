// Reader comments are not the article, however much longer than it they run (issue 12:
// blogs and "Your View" pages, tens of thousands of words of comments under a 1,000-word
// post). Readability drops containers named "comment" or "replies", but not those whose
// names also hold one of its content words ("article-comments", "comment-body"), nor
// those named otherwise ("responses", "talkback"); and a thread longer than the post can
// win its scoring outright. So the threads among what Readability kept are found on the
// page, and left out (extract-blocks.ts).

/** Class and id words that name a thread of reader comments. */
const THREAD_WORDS =
  /^(?:comments?|commentlist|commentslist|commentsection|responses|replies|respond|disqus|talkback|yourview|yourviews|readercomments|usercomments)$/;
/** Headings that open a thread: "25 responses to “…”", "3 thoughts on …", "Your views", "Leave a reply". */
const THREAD_HEADING =
  /^(?:[\d,.]+\s+(?:comments?|responses?|replies|thoughts?|reactions)(?:\s+(?:to|on)\b.*)?|comments?|reader comments|readers'? comments|your (?:views?|comments|say)|have your say|leave a (?:comment|reply|response)|join the (?:conversation|discussion))$/i;
const MAX_HEADING_CHARS = 160;

const NEVER_A_THREAD = new Set(['html', 'body', 'main', 'head']);

/** An element's class and id split into lower-case words ("article-comments" -> article, comments). */
function nameWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.trim() === '') return [];
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A thread's container, or null when the element cannot be one: the page's frame, or an
 * element holding the page's headline (a post whose wrapper is named for its comment count).
 */
function asThread(el: Element | null): Element | null {
  if (!el || NEVER_A_THREAD.has(el.localName)) return null;
  if (el.querySelector('h1')) return null;
  return el;
}

/** The container a thread heading opens: its parent, when the heading stands at the parent's top. */
function threadOfHeading(heading: Element): Element | null {
  const parent = heading.parentElement;
  let before = 0;
  for (let sibling = heading.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if ((sibling.textContent ?? '').trim() !== '') before++;
  }
  return before === 0 ? asThread(parent) : null;
}

/** Elements that can hold a thread; inline ones named "comment" are code or citation notes. */
const THREAD_TAGS = new Set(['div', 'section', 'aside', 'ol', 'ul', 'li', 'dl', 'article', 'footer', 'form', 'table']);

/**
 * The threads of reader comments that hold some of the given page elements (the
 * originals of Readability's blocks), outermost first. Only the blocks' ancestors are
 * looked at, each once: a walk of the whole page cost more than the rest of this step.
 */
export function findCommentThreads(originals: readonly (Element | null)[], headings: readonly Element[]): Set<Element> {
  const verdicts = new Map<Element, boolean>();
  const threads = new Set<Element>();
  const isThread = (el: Element) => {
    let verdict = verdicts.get(el);
    if (verdict === undefined) {
      verdict =
        THREAD_TAGS.has(el.localName) && nameWords(el).some((word) => THREAD_WORDS.test(word)) && asThread(el) !== null;
      verdicts.set(el, verdict);
    }
    return verdict;
  };
  for (const original of originals) {
    let outermost: Element | null = null;
    for (let node = original; node && !NEVER_A_THREAD.has(node.localName); node = node.parentElement) {
      if (threads.has(node)) {
        outermost = null;
        break;
      }
      if (isThread(node)) outermost = node;
    }
    if (outermost) threads.add(outermost);
  }
  for (const heading of headings) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (heading.localName === 'h1' || text.length > MAX_HEADING_CHARS || !THREAD_HEADING.test(text)) continue;
    const thread = threadOfHeading(heading);
    if (thread) threads.add(thread);
  }
  return threads;
}
