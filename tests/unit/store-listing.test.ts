import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The stores refuse a package whose name or description is too long: the Chrome Web Store
// takes at most 45 characters of name and 132 of description (addons.mozilla.org allows
// more). Checked for every language the extension ships.
const LOCALES = 'public/_locales';
const locales = readdirSync(LOCALES).map((locale) => ({
  locale,
  messages: JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >,
}));

describe.each(locales)('$locale', ({ messages }) => {
  test.each([
    ['extName', 45],
    ['extDescription', 132],
  ] as const)('%s fits the stores (at most %i characters)', (key, limit) => {
    const text = messages[key]?.message ?? '';
    expect(text.trim()).not.toBe('');
    expect([...text].length).toBeLessThanOrEqual(limit);
  });
});
