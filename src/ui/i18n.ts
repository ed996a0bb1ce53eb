import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** A string of the extension's interface in the reader's language (public/_locales). */
export function t(name: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions);
}

/** The reader's interface language, for number and date formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}
