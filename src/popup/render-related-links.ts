import { webAddress } from '../core/web-address';
import type { Analysis } from '../core/types';
import { h } from '../ui/create-element';
import { t } from '../ui/i18n';

const hostOf = (address: string) => new URL(address).hostname.replace(/^www\./, '');

/**
 * "Related": the further reading the page offers, in its order. Each opens in a new tab,
 * without giving that tab a handle on the popup or the referring page. Only http(s)
 * addresses are shown; a link to another site names that site.
 */
export function renderRelatedLinks(analysis: Analysis): HTMLElement | null {
  const articleHost = analysis.url ? webAddress(analysis.url) && hostOf(analysis.url) : null;
  const pageText = { lang: analysis.lang ?? undefined, dir: analysis.dir ?? undefined };
  const items = analysis.relatedLinks.flatMap((link) => {
    const address = webAddress(link.url);
    if (!address) return [];
    const host = hostOf(address);
    return [
      h(
        'li',
        {},
        h(
          'a',
          {
            class: 'related-link',
            href: address,
            target: '_blank',
            rel: 'noopener noreferrer',
            'data-testid': 'related-link',
          },
          h('span', { class: 'related-title', ...pageText }, link.title),
          host !== articleHost && h('span', { class: 'related-host' }, host),
        ),
      ),
    ];
  });
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'panel related', 'aria-labelledby': 'related-title', 'data-testid': 'related-links' },
    h('h2', { class: 'panel-title', id: 'related-title' }, t('relatedTitle')),
    h('ul', { class: 'related-list' }, ...items),
  );
}
