import { expect, test } from 'vitest';
import { parsePage } from '../../src/cli/parse-page';

test.each<[string, string, string, string | null]>([
  ['an upper-case link', '<A HREF="/x">Story</A>', 'a', '/x'],
  ['a capitalised class', '<P Class="byline">By Ana</P>', 'p', 'byline'],
  ['mixed case after a quoted value', '<a id="k" HREF="/y">Story</a>', 'a', '/y'],
])('%s reads as a browser reads it', (_name, body, tag, value) => {
  const doc = parsePage(`<html><body>${body}</body></html>`);
  const el = doc.querySelector(tag)!;
  expect(el.getAttribute(tag === 'a' ? 'href' : 'class')).toBe(value);
  expect([...el.attributes].every((attr) => attr.name === attr.name.toLowerCase())).toBe(true);
});

test('SVG keeps its camel-case names, as in a browser', () => {
  const doc = parsePage('<html><body><A HREF="/x">a</A><svg viewBox="0 0 1 1"></svg></body></html>');
  expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1 1');
});

test('a name given twice keeps its first value, as in a browser', () => {
  const doc = parsePage('<html><body><a HREF="/first" href="/second">a</a></body></html>');
  expect(doc.querySelector('a')!.getAttribute('href')).toBe('/first');
});

// Issue 12: the tree a browser builds, where linkedom's own parser builds another.
test.each<[string, string, string, string]>([
  [
    'a <title> standing in <html>, no <head>',
    '<html><title>Mayor quits</title><body><p>x</p></body></html>',
    'Mayor quits',
    'x',
  ],
  [
    'a comment ended by --!>',
    '<html><head><!-- built 2008 --!><title>Mayor quits</title></head><body><p>x</p><!-- end --></body></html>',
    'Mayor quits',
    'x',
  ],
  [
    'a byte-order mark before the doctype',
    '\uFEFF<!doctype html><html><head><title>Mayor quits</title></head><body><p>x</p></body></html>',
    'Mayor quits',
    'x',
  ],
  ['no <html>, <head> or <body> at all', '<!doctype html><title>Mayor quits</title><p>x', 'Mayor quits', 'x'],
])('%s reads as a browser reads it', (_name, html, title, text) => {
  const doc = parsePage(html);
  expect(doc.title).toBe(title);
  expect(doc.body.textContent).toBe(text);
});
