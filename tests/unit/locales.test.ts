import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadLocales, loadMessages, placeholdersUsed, type MessageEntry } from './helpers/messages';

// Every string of the extension lives in public/_locales (issue #7): each language has
// every message of the default (English) and no other, with the same placeholders, and
// the code asks only for messages that exist.
const locales = loadLocales();
const en = loadMessages('en');
const englishKeys = Object.keys(en).sort();
const translations = locales.filter(({ locale }) => locale !== 'en');

const declared = (entry: MessageEntry | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();

/** Letters of a message outside its placeholders: what a translator has to translate. */
const words = (message: string) => message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/[^\p{L}]/gu, '');

test.each(['en', 'zh_CN'])('the extension ships %s', (locale) => {
  expect(locales.map((l) => l.locale)).toContain(locale);
});

describe.each(locales)('$locale', ({ locale, messages }) => {
  test('says which language it is in (languageTag)', () => {
    expect(messages.languageTag?.message).toBe(locale.replace('_', '-'));
  });
  test.each(Object.keys(messages))('%s: a message, using exactly the placeholders it declares', (key) => {
    const entry = messages[key]!;
    expect(entry.message.trim()).not.toBe('');
    expect(placeholdersUsed(entry.message)).toEqual(
      Object.keys(entry.placeholders ?? {})
        .map((n) => n.toLowerCase())
        .sort(),
    );
    for (const { content } of Object.values(entry.placeholders ?? {})) expect(content).toMatch(/^\$[1-9]$/);
  });
});

describe.each(translations)('$locale', ({ messages }) => {
  test('has every English message and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
  });
  test.each(englishKeys)('%s: the same placeholders as in English', (key) => {
    expect(declared(messages[key])).toEqual(declared(en[key]));
  });
  test.each(englishKeys.filter((key) => key !== 'languageTag' && words(en[key]!.message) !== ''))(
    '%s is translated',
    (key) => {
      expect(messages[key]?.message).not.toBe(en[key]!.message);
    },
  );
});

describe.each(translations.filter(({ locale }) => locale.startsWith('zh')))(
  '$locale is written in Chinese',
  ({ messages }) => {
    test.each(englishKeys.filter((key) => key !== 'languageTag' && words(en[key]!.message) !== ''))('%s', (key) => {
      expect(messages[key]?.message).toMatch(/\p{Script=Han}/u);
    });
  },
);

// The code's side: what the manifest, the pages and the scripts ask for.
const SOURCES = ['wxt.config.ts', 'entrypoints', 'src'].flatMap((root) =>
  root.endsWith('.ts')
    ? [root]
    : readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|html)$/.test(file))
        .map((file) => join(root, file)),
);
const code = SOURCES.map((file) => readFileSync(file, 'utf8')).join('\n');

test.each([...new Set([...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))])('__MSG_%s__ names a message', (key) => {
  expect(englishKeys).toContain(key);
});

test.each(englishKeys)('%s is used by the extension', (key) => {
  const used = new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(code);
  expect(used, `no code asks for ${key}`).toBe(true);
});
