import { describe, expect, test } from 'vitest';
import { checkPageSize, measurePageSize } from '../../src/core/extract/check-page-size';
import { PAGE_LIMITS, type PageLimits } from '../../src/core/page-limits';
import { loadFixtures, parsePage } from './helpers/fixtures';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const nest = (depth: number, tag = 'div') => `<${tag}>`.repeat(depth) + 'text' + `</${tag}>`.repeat(depth);
const small: PageLimits = { maxNodes: 200, maxElements: 50, maxDepth: 20, maxNesting: 400, maxTextChars: 1000 };

describe('measurePageSize', () => {
  test.each<[string, string, Partial<Record<'nodes' | 'elements' | 'depth' | 'textChars', number>>]>([
    ['an empty string (linkedom makes no <html>)', '', { nodes: 0, elements: 0 }],
    ['an empty page', page(''), { elements: 3, depth: 1, textChars: 0 }],
    ['text of the body', page('<p>hello</p><p>world</p>'), { elements: 5, depth: 2, textChars: 10 }],
    [
      'script, style, noscript and template text is not page text',
      page('<script>var a = 1;</script><style>p{}</style><noscript>no</noscript><template>t</template><p>ok</p>'),
      { textChars: 2 },
    ],
    [
      'drawings count as nodes, not as elements',
      page(`<svg>${'<path d="M0 0"/>'.repeat(30)}</svg><p>x</p>`),
      { elements: 5, nodes: 36 },
    ],
    ['an element after a drawing counts again', page('<svg><g><path/></g></svg><div><p>x</p></div>'), { elements: 6 }],
    ['depth counts levels below <html>', page(nest(10)), { depth: 11 }],
  ])('%s', (_name, html, expected) => {
    const { size, over } = measurePageSize(parsePage(html));
    expect(over).toBeNull();
    expect(size).toMatchObject(expected);
  });

  test('stops at the first limit passed: refusing costs the walk up to the limit', () => {
    const { size, over } = measurePageSize(parsePage(page('<p>x</p>'.repeat(10_000))), small);
    expect(over).toBe('maxElements');
    expect(size.elements).toBe(small.maxElements + 1);
    expect(size.nodes).toBeLessThan(small.maxNodes);
  });
});

describe('checkPageSize', () => {
  test.each<[string, string, string]>([
    ['too many nodes', page('<!-- c -->'.repeat(300)), 'more than 200 elements'],
    ['too many elements', page('<span>a</span>'.repeat(60)), 'more than 50 elements'],
    ['nested too deep', page(nest(25)), 'nested more than 20 levels deep'],
    ['too much nesting in all', page(nest(15).repeat(4)), 'too deeply nested'],
    ['too much text', page(`<p>${'word '.repeat(300)}</p>`), 'more than 1,000 characters of text'],
  ])('%s: TOO_LARGE with the reason', (_name, html, reason) => {
    const error = checkPageSize(parsePage(html), small);
    expect(error?.code).toBe('TOO_LARGE');
    expect(error?.message).toContain(reason);
  });

  test.each([
    ['10,000 levels', 10_000],
    ['20,000 levels', 20_000],
  ])('a page nested %s deep is refused with the real limits', (_name, depth) => {
    expect(checkPageSize(parsePage(page(nest(depth))))).toEqual({
      code: 'TOO_LARGE',
      message: `This page’s markup is nested more than ${PAGE_LIMITS.maxDepth} levels deep, too deep to analyse safely.`,
    });
  });

  test.each(loadFixtures().map((f) => [f.name, f.html] as const))('%s is within the limits', (_name, html) => {
    expect(checkPageSize(parsePage(html))).toBeNull();
  });
});
