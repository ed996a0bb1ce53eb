import { describe, expect, test } from 'vitest';
import { decodeHtml } from '../../src/cli/decode-html';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  [...text].forEach((c, i) => view.setUint16(2 + i * 2, c.charCodeAt(0), littleEndian));
  return bytes;
};

describe('decodeHtml', () => {
  test.each([
    ['plain UTF-8', new TextEncoder().encode('<p>Café – 5 €</p>'), '<p>Café – 5 €</p>'],
    [
      'UTF-8 with a byte-order mark',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>naïve</p>')]),
      '<p>naïve</p>',
    ],
    ['UTF-16LE with a byte-order mark', utf16('<p>€</p>', true), '<p>€</p>'],
    ['UTF-16BE with a byte-order mark', utf16('<p>€</p>', false), '<p>€</p>'],
    [
      'windows-1252 by <meta charset>',
      latin1('<meta charset="windows-1252"><p>\x93quoted\x94 \x80</p>'),
      '<meta charset="windows-1252"><p>“quoted” €</p>',
    ],
    [
      'windows-1252 keeps NUL and plain bytes',
      latin1('<meta charset="cp1252">\x00a\xe9'),
      '<meta charset="cp1252">\x00aé',
    ],
    [
      'iso-8859-1 by http-equiv',
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf\xe9</p>'),
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>café</p>',
    ],
    [
      'an unknown label falls back to UTF-8',
      new TextEncoder().encode('<meta charset="x-klingon"><p>ok</p>'),
      '<meta charset="x-klingon"><p>ok</p>',
    ],
    [
      'a UTF-16 label without BOM is UTF-8 (HTML prescan rule)',
      new TextEncoder().encode('<meta charset="utf-16"><p>ok</p>'),
      '<meta charset="utf-16"><p>ok</p>',
    ],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeHtml(bytes)).toBe(expected);
  });

  test('Shift_JIS by <meta charset>', () => {
    // "日本" in Shift_JIS.
    const bytes = Uint8Array.from([
      ...latin1('<meta charset="shift_jis"><p>'),
      0x93,
      0xfa,
      0x96,
      0x7b,
      ...latin1('</p>'),
    ]);
    expect(decodeHtml(bytes)).toBe('<meta charset="shift_jis"><p>日本</p>');
  });
});
