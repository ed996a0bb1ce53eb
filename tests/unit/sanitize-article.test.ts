// @vitest-environment jsdom
// DOMPurify needs a full DOM (it refuses linkedom's): these tests run under jsdom.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { sanitizeArticle, type ImageText } from '../../src/reader/sanitize-article';
import type { WindowLike } from 'dompurify';

const imageText: ImageText = { withAlt: (alt) => `Image: ${alt}`, withoutAlt: 'Image', openTitle: 'Open' };

function clean(html: string): HTMLElement {
  const box = document.createElement('div');
  box.append(sanitizeArticle(html, window, imageText));
  return box;
}

const LINK = 'target="_blank" rel="noopener noreferrer"';

describe('sanitizeArticle', () => {
  test.each([
    ['script element', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['event handler attribute', '<p onclick="alert(1)" onmouseover="x()">text</p>', '<p>text</p>'],
    ['img onerror', '<p>a<img src="x" onerror="alert(1)">b</p>', '<p>ab</p>'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['javascript: link behind white space', '<a href=" \njavascript:alert(1)">x</a>', '<a>x</a>'],
    ['data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['relative link', '<a href="/story">x</a>', '<a>x</a>'],
    ['mailto link', '<a href="mailto:a@example.com">x</a>', '<a>x</a>'],
    [
      'web link opens apart',
      '<a href="https://example-news.com/a" onclick="x()">x</a>',
      `<a href="https://example-news.com/a" ${LINK}>x</a>`,
    ],
    ['iframe with its content', '<p>a</p><iframe src="https://example-ads.com/"><p>fallback</p></iframe>', '<p>a</p>'],
    ['svg onload', '<p>a<svg onload="alert(1)"><circle r="1"></circle></svg></p>', '<p>a</p>'],
    ['svg use request', '<svg><use href="https://example-evil.com/x.svg#a"></use></svg><p>a</p>', '<p>a</p>'],
    [
      'form and its controls, keeping its text',
      '<form action="https://example-evil.com/"><p>kept</p><input name="q"><button>Go</button><select><option>o</option></select></form>',
      '<p>kept</p>',
    ],
    ['style element', '<style>p{background:url(https://example-tracker.com/)}</style><p>a</p>', '<p>a</p>'],
    ['style attribute', '<p style="background:url(https://example-tracker.com/)">a</p>', '<p>a</p>'],
    ['object and embed', '<object data="https://example-evil.com/x"><embed src="x"></object><p>a</p>', '<p>a</p>'],
    [
      'meta, link and base',
      '<meta http-equiv="refresh" content="0;url=https://example-evil.com/"><link rel="stylesheet" href="https://example-evil.com/x.css"><base href="https://example-evil.com/"><p>a</p>',
      '<p>a</p>',
    ],
    ['ids and names that would clobber globals', '<p id="location" name="top">a</p>', '<p>a</p>'],
    [
      'page classes, data and aria attributes',
      '<p class="ad" data-track="1" aria-hidden="true" role="note">a</p>',
      '<p>a</p>',
    ],
    ['the core numbers stay', '<p data-ne-index="12">a</p>', '<p data-ne-index="12">a</p>'],
    [
      'video and audio',
      '<video src="https://example-cdn.com/v.mp4" poster="p.jpg"><p>no video</p></video><audio src="a.mp3"></audio><p>a</p>',
      '<p>a</p>',
    ],
    ['template content', '<template><img src="x" onerror="alert(1)"></template><p>a</p>', '<p>a</p>'],
    [
      'noscript mutation',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>a</p>',
      '<p></p><p>a</p>',
    ],
    [
      'math mutation',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>a</p>',
      '<p>a</p>',
    ],
    [
      'image becomes its described link',
      '<p><img src="https://example-cdn.com/a.jpg" srcset="b.jpg 2x" alt="The  campus"></p>',
      `<p><a class="ne-image" href="https://example-cdn.com/a.jpg" title="Open" ${LINK}>Image: The campus</a></p>`,
    ],
    [
      'image without description becomes a plain link',
      '<img src="https://example-cdn.com/a.jpg">',
      `<a class="ne-image" href="https://example-cdn.com/a.jpg" title="Open" ${LINK}>Image</a>`,
    ],
    [
      'image inside a link keeps its text only',
      '<a href="https://example-news.com/"><img src="https://example-cdn.com/a.jpg" alt="Logo"></a>',
      `<a href="https://example-news.com/" ${LINK}><span class="ne-image">Image: Logo</span></a>`,
    ],
    [
      'image with a data: address keeps its description',
      '<img src="data:image/png;base64,AAAA" alt="Chart">',
      '<span class="ne-image">Image: Chart</span>',
    ],
    ['image with neither goes', '<p>a<img src="data:image/gif;base64,R0lGOD">b</p>', '<p>ab</p>'],
    [
      'picture sources go, the image stays described',
      '<picture><source srcset="https://example-cdn.com/a.webp"><img src="https://example-cdn.com/a.jpg" alt="A"></picture>',
      `<a class="ne-image" href="https://example-cdn.com/a.jpg" title="Open" ${LINK}>Image: A</a>`,
    ],
    [
      'article structure stays',
      '<h2>Head</h2><ul><li>one</li></ul><blockquote><p>q</p></blockquote><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
      '<h2>Head</h2><ul><li>one</li></ul><blockquote><p>q</p></blockquote><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(clean(html).innerHTML).toBe(expected);
  });

  test.each([
    ['script', '<p>a</p><script>document.title = "pwned"</script>'],
    ['handler', '<img src="x" onerror="document.title = \'pwned\'">'],
    ['svg', '<svg><animate onbegin="document.title = \'pwned\'" attributeName="x" dur="1s"></animate></svg>'],
  ])('inserting the result runs nothing: %s', (_name, html) => {
    document.title = 'safe';
    document.body.append(clean(html));
    expect(document.title).toBe('safe');
    expect(document.querySelectorAll('script, img, svg, [onerror], [onbegin]')).toHaveLength(0);
  });

  test('refuses a DOM it cannot sanitise with, rather than passing the HTML through', () => {
    const { window: partial } = parseHTML('<!doctype html><html><body></body></html>');
    expect(() => sanitizeArticle('<p>a</p>', partial as unknown as WindowLike, imageText)).toThrow(/DOMPurify/);
  });
});
