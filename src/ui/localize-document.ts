import { t } from './i18n';

/**
 * Marks an extension page as written in the language its strings came in (which is the
 * browser's, or English when the extension has no translation for it), so that screen
 * readers pronounce it and the browser picks fonts for it; and names the page.
 */
export function localizeDocument(doc: Document, title: string): void {
  doc.documentElement.lang = t('languageTag');
  doc.documentElement.dir = t('@@bidi_dir');
  doc.title = title;
}
