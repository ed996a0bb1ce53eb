import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

// The command must read a page as the browser does (issue 12). linkedom's own parser
// (htmlparser2) is fast but does not build the HTML standard's tree: it keeps attribute
// names as written, so old markup's <A HREF> and <DIV CLASS> have no href or class; it
// implies no <head> or <body>, so a <title> standing in <html> is no title; and it ends
// a comment only at "-->", where browsers also end one at "--!>" (a page of 2008 lost its
// title and the top of its story that way). parse5 implements the standard's tree
// construction, as browsers and jsdom do; its serialisation of that tree is markup that
// linkedom reads back into the same tree, lower-case names, implied elements and all.

const linkedomDocument = (markup: string) => parseHTML(markup).document as unknown as Document;

/**
 * The page's markup as a browser's parser builds it: every element where the HTML
 * standard puts it, attribute names lower-cased, comments ended where browsers end them.
 * Noscript content is read as markup (scripting off, as linkedom reads it), so that the
 * markup reads back the same.
 */
export function browserMarkup(html: string): string {
  // A byte-order mark is no text: a browser's decoder takes it off before parsing.
  return serialize(parse(html.replace(/^\uFEFF/, ''), { scriptingEnabled: false }));
}

/**
 * The page as a linkedom document, built as a browser builds it. Readability's copy of it
 * is the core's cloneNode (copy-for-readability.ts), not a second reading of the markup.
 */
export function parsePage(html: string): Document {
  return linkedomDocument(browserMarkup(html));
}
