import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../src/core/extract/read-metadata';
import { parsePage } from './helpers/fixtures';

const page = (head: string, htmlAttrs = '') =>
  parsePage(`<html ${htmlAttrs}><head>${head}</head><body><p>x</p></body></html>`);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('readMetadata', () => {
  test.each([
    [
      'site name from og:site_name',
      page('<meta property="og:site_name" content="The Daily Example">'),
      'siteName',
      'The Daily Example',
    ],
    [
      'site name from the JSON-LD publisher',
      page(ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Example Wire' } })),
      'siteName',
      'Example Wire',
    ],
    [
      'byline from JSON-LD authors',
      page(ld({ '@type': 'NewsArticle', author: [{ name: 'Ana Lima' }, { name: 'Bo Chen' }] })),
      'byline',
      'Ana Lima, Bo Chen',
    ],
    ['byline from a meta author', page('<meta name="author" content="Jo Park">'), 'byline', 'Jo Park'],
    [
      'an author address is not a byline',
      page('<meta property="article:author" content="https://example.com/authors/jo">'),
      'byline',
      null,
    ],
    [
      'published time from JSON-LD',
      page(ld({ '@type': 'Article', datePublished: '2024-05-01T08:00:00Z' })),
      'publishedTime',
      '2024-05-01T08:00:00Z',
    ],
    [
      'published time from article:published_time',
      page('<meta property="article:published_time" content="2024-05-02">'),
      'publishedTime',
      '2024-05-02',
    ],
    [
      'JSON-LD inside @graph',
      page(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'ReportageNewsArticle', headline: 'Graph headline' }] })),
      'title',
      'Graph headline',
    ],
    ['language from <html lang>', page('', 'lang="pt-BR"'), 'lang', 'pt-BR'],
    ['language from og:locale', page('<meta property="og:locale" content="fr_FR">'), 'lang', 'fr-FR'],
    [
      'canonical address from link rel',
      page('<link rel="canonical" href="/story/1">'),
      'canonicalUrl',
      'https://news.example.org/story/1',
    ],
    [
      'canonical address from og:url',
      page('<meta property="og:url" content="https://news.example.org/story/2">'),
      'canonicalUrl',
      'https://news.example.org/story/2',
    ],
    [
      'a javascript: canonical is ignored',
      page('<link rel="canonical" href="javascript:alert(1)">'),
      'canonicalUrl',
      null,
    ],
    [
      'broken JSON-LD is skipped',
      page('<script type="application/ld+json">{ not json</script><meta property="og:title" content="Still here">'),
      'title',
      'Still here',
    ],
    [
      'excerpt from the description',
      page('<meta name="description" content="A short summary.">'),
      'excerpt',
      'A short summary.',
    ],
  ])('%s', (_name, doc, key, expected) => {
    expect(readMetadata(doc, 'https://news.example.org/section/page.html')[key as 'title']).toBe(expected);
  });

  test.each([
    ['a NewsArticle', ld({ '@type': 'NewsArticle' }), true, false],
    ['a BlogPosting', ld({ '@type': ['BlogPosting'] }), true, false],
    ['og:type article', '<meta property="og:type" content="article">', true, false],
    ['a CollectionPage', ld({ '@type': 'CollectionPage' }), false, true],
    ['a SearchResultsPage', ld({ '@type': 'SearchResultsPage' }), false, true],
    ['nothing declared', '', false, false],
  ])('%s declares article %s, listing %s', (_name, head, article, listing) => {
    const metadata = readMetadata(page(head), null);
    expect([metadata.declaresArticle, metadata.declaresListing]).toEqual([article, listing]);
  });
});
