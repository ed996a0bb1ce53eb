import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of a _locales/<locale>/messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const LOCALES_DIR = 'public/_locales';

/** Every locale the extension ships, with its messages. */
export function loadLocales(): { locale: string; messages: Messages }[] {
  return readdirSync(LOCALES_DIR).map((locale) => ({
    locale,
    messages: JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages,
  }));
}

export function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/**
 * browser.i18n.getMessage over a messages file, as Chrome resolves it: "$name$" becomes
 * its placeholder's content (names are case-insensitive), "$1"…"$9" the substitutions,
 * "$$" a dollar sign; an unknown name gives "".
 */
export function getMessage(messages: Messages, name: string, substitutions?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const args = substitutions === undefined ? [] : [substitutions].flat();
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), value.content]),
  );
  const substitute = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  // One pass, so that a substituted "US$53B" is not read as syntax again.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, key?: string, digit?: string) => {
    if (whole === '$$') return '$';
    if (digit) return args[Number(digit) - 1] ?? '';
    const content = placeholders.get(key!.toLowerCase());
    return content === undefined ? whole : substitute(content);
  });
}

/** The names of the placeholders a message uses, as written in its text ("$COUNT$" -> "count"). */
export function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}
