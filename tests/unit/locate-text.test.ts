import { describe, expect, test } from 'vitest';
import { locateText } from '../../src/page/locate-text';

describe('locateText', () => {
  test.each<[string, string[], string, [number, number, number, number] | null]>([
    ['inside one text node', ['Profit rose 11% in May.'], '11%', [0, 12, 0, 15]],
    ['across an inline element', ['Profit rose ', '11%', ' in May.'], 'rose 11% in', [0, 7, 2, 3]],
    ['the whole sentence', ['An impressive 11% growth.'], 'An impressive 11% growth.', [0, 0, 0, 25]],
    ['with the page’s line breaks and indents', ['Profit\n      rose 11%'], 'Profit rose 11%', [0, 0, 0, 21]],
    ['with a no-break space on the page', ['RMB\u00a0380 billion'], 'RMB 380 billion', [0, 0, 0, 15]],
    ['with a soft hyphen on the page', ['infra\u00adstructure spending'], 'infrastructure', [0, 0, 0, 15]],
    ['with spaces around the needle', ['Sales fell.'], '  Sales  fell. ', [0, 0, 0, 11]],
    ['the first of two occurrences', ['11% and 11%'], '11%', [0, 0, 0, 3]],
    ['not there', ['Sales fell.'], 'Profit rose', null],
    ['an empty needle', ['Sales fell.'], '   ', null],
    ['case matters', ['Sales fell.'], 'sales fell.', null],
  ])('%s', (_name, parts, needle, expected) => {
    const span = locateText(parts, needle);
    expect(span && [span.startPart, span.startOffset, span.endPart, span.endOffset]).toEqual(expected);
  });
});
