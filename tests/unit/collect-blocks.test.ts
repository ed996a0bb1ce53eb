import { describe, expect, test } from 'vitest';
import { collectBlocks, normalizeBlockText } from '../../src/core/extract/collect-blocks';
import { parsePage } from './helpers/fixtures';

const blocksOf = (body: string) =>
  collectBlocks(parsePage(`<html><body><div id="root">${body}</div></body></html>`).querySelector('#root')!).map(
    (b) => [b.kind, b.text],
  );

describe('collectBlocks', () => {
  test.each([
    [
      'paragraphs in order',
      '<p>One.</p><p>Two.</p>',
      [
        ['paragraph', 'One.'],
        ['paragraph', 'Two.'],
      ],
    ],
    [
      'headings are blocks of their own',
      '<h2>Section</h2><p>Text.</p>',
      [
        ['heading', 'Section'],
        ['paragraph', 'Text.'],
      ],
    ],
    [
      'each list item is a block',
      '<ul><li>First</li><li>Second</li></ul>',
      [
        ['list-item', 'First'],
        ['list-item', 'Second'],
      ],
    ],
    ['paragraphs in a quote are quotes', '<blockquote><p>Said this.</p></blockquote>', [['quote', 'Said this.']]],
    ['a bare quote is one quote', '<blockquote>Said that.</blockquote>', [['quote', 'Said that.']]],
    ['captions', '<figure><img src="x.jpg"><figcaption>A photo.</figcaption></figure>', [['caption', 'A photo.']]],
    ['preformatted text', '<pre>let x = 1;</pre>', [['preformatted', 'let x = 1;']]],
    [
      'preformatted text keeps its lines and indents',
      '<pre>if (a) {\n  b();\n}</pre>',
      [['preformatted', 'if (a) {\n  b();\n}']],
    ],
    [
      'table cells',
      '<table><tr><td>A</td><td>B</td></tr></table>',
      [
        ['table', 'A'],
        ['table', 'B'],
      ],
    ],
    [
      'inline markup joins its block',
      '<p>An <a href="#">inline</a> <em>word</em>.</p>',
      [['paragraph', 'An inline word.']],
    ],
    [
      'text around a nested block keeps its place',
      '<div>Before<p>Inside</p>After</div>',
      [
        ['paragraph', 'Before'],
        ['paragraph', 'Inside'],
        ['paragraph', 'After'],
      ],
    ],
    ['<br> makes a line break, not a glued word', '<p>Line one<br>line two</p>', [['paragraph', 'Line one\nline two']]],
    ['white space collapses', '<p>  Lots \n of\t space  </p>', [['paragraph', 'Lots of space']]],
    ['empty blocks disappear', '<p> </p><div><span></span></div><p>Kept</p>', [['paragraph', 'Kept']]],
    [
      'controls and scripts are not text',
      '<p>Text<button>Share</button><script>x()</script><select><option>A</option></select></p>',
      [['paragraph', 'Text']],
    ],
    [
      'words in adjacent blocks are not glued',
      '<div><p>end.</p><p>Next</p></div>',
      [
        ['paragraph', 'end.'],
        ['paragraph', 'Next'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(blocksOf(body)).toEqual(expected);
  });

  test('link density is the share of characters inside links', () => {
    const root = parsePage('<div><p><a href="#">abcd</a>efgh</p><h3><a href="#">All link</a></h3></div>').querySelector(
      'div',
    )!;
    expect(collectBlocks(root).map((b) => b.linkDensity)).toEqual([0.5, 1]);
  });

  test('10,000 levels of nesting do not overflow the stack', () => {
    const deep = '<div>'.repeat(10_000) + '<p>Deep text.</p>' + '</div>'.repeat(10_000);
    const root = parsePage(`<html><body>${deep}</body></html>`).body;
    expect(collectBlocks(root).map((b) => b.text)).toEqual(['Deep text.']);
  });
});

describe('normalizeBlockText', () => {
  test.each([
    ['a\u00a0b', 'a b'],
    ['  a  \n  b  ', 'a b'],
    ['a\u2028b', 'a\nb'],
    ['\n\n', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeBlockText(raw)).toBe(expected);
  });
});
