import { parseHTML } from 'linkedom';
import { lowerCaseAttributeNames } from './lower-case-attribute-names';

/**
 * Parses a page with linkedom, framed as a browser frames it. linkedom adds no implied
 * <html>, <head> or <body>: "<!doctype html><title>T</title><p>…" (valid HTML) gets
 * <title> for its root element and "<html><p>…" no <body> at all, while Readability
 * climbs from the article to <body> and fails without one.
 */
export function parsePage(html: string): Document {
  const doc = frame(html);
  lowerCaseAttributeNames(doc, html);
  return doc;
}

function frame(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  const root = doc.documentElement;
  if (!root || (root.localName === 'html' && doc.body?.parentNode === root)) return doc;
  const inner = html.replace(/^\s*<!doctype[^>]*>/i, '').replace(/<\/?html\b[^>]*>/gi, '');
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`).document as unknown as Document;
}
