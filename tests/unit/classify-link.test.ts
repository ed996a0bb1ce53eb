import { expect, test } from 'vitest';
import { classifyLink, pageKey, storyKey, type LinkTarget } from '../../src/core/related/classify-link';

const ARTICLE = new Set([pageKey(new URL('https://www.example-news.com/tech/cloud/alibaba-investment'))]);

test.each<[string, string, LinkTarget]>([
  ['a story', 'https://www.example-news.com/tech/mobile/phone-5g-symbol', 'story'],
  ['a story with an id', 'https://www.example-news.com/news/article?id=88421', 'story'],
  ['a dated story', 'https://www.example-news.com/2025/03/11/budget/', 'story'],
  ['another site’s story', 'https://www.example-wire.com/world/talks-resume-in-geneva', 'story'],
  ['mail', 'mailto:desk@example-news.com', 'not-web'],
  ['a script', 'javascript:void(0)', 'not-web'],
  ['a telephone number', 'tel:+14155550142', 'not-web'],
  ['the article itself', 'https://www.example-news.com/tech/cloud/alibaba-investment', 'same-article'],
  ['the article over http without www', 'http://example-news.com/tech/cloud/alibaba-investment/', 'same-article'],
  ['the article with a query', 'https://www.example-news.com/tech/cloud/alibaba-investment?page=2', 'same-article'],
  ['its comments', 'https://www.example-news.com/tech/cloud/alibaba-investment#comments', 'comments'],
  ['a WordPress reply anchor', 'https://www.example-news.com/other-story/#respond', 'comments'],
  ['a comments page', 'https://www.example-news.com/tech/alibaba-investment/comments/', 'comments'],
  ['a Facebook share', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.example.com%2F', 'share'],
  ['an X intent', 'https://twitter.com/intent/tweet?url=https%3A%2F%2Fx.example.com%2F', 'share'],
  ['a LinkedIn share', 'https://www.linkedin.com/shareArticle?mini=true&url=https://x.example.com/', 'share'],
  ['a WhatsApp share', 'https://api.whatsapp.com/send?text=https%3A%2F%2Fx.example.com%2F', 'share'],
  ['any share endpoint', 'https://share.example-tools.com/post?url=https%3A%2F%2Fx.example.com%2Fa', 'share'],
  ['a social profile', 'https://www.facebook.com/ExampleNews', 'social'],
  ['an X profile', 'https://x.com/ExampleNews', 'social'],
  ['an ad server', 'https://ads.example-adserver.com/click?cr=55120&dest=nimbushost', 'ad'],
  ['a click tracker', 'https://www.example-news.com/click?dest=offer', 'ad'],
  ['a paid landing page', 'https://shop.example-shop.com/deal?utm_source=x&utm_medium=cpc', 'ad'],
  ['a recommendation network click id', 'https://r.example-recs.com/?tblci=GiB4', 'ad'],
  ['an author page', 'https://www.example-news.com/authors/marcus-ellery', 'listing'],
  ['a tag page', 'https://www.example-news.com/tag/cloud-computing/', 'listing'],
  ['a German topic page', 'https://www.example-zeitung.com/thema/energiewende/', 'listing'],
  ['a section front', 'https://www.example-news.com/technology/cloud/', 'listing'],
  ['the home page', 'https://www.example-news.com/', 'listing'],
  ['sign-in', 'https://www.example-news.com/account/login?redirect=comments', 'site-page'],
  ['subscribe', 'https://www.example-news.com/subscribe?ref=header', 'site-page'],
  ['privacy', 'https://www.example-news.com/privacy/cookie-settings', 'site-page'],
  ['the imprint', 'https://www.example-zeitung.com/impressum/', 'site-page'],
])('%s', (_name, href, kind) => {
  expect(classifyLink(new URL(href), ARTICLE)).toBe(kind);
});

test.each([
  ['tracking parameters', 'https://x.example.com/a-b?utm_source=rail&src=home', 'x.example.com/a-b'],
  ['www and a trailing slash', 'https://www.x.example.com/a-b/', 'x.example.com/a-b'],
  ['an id parameter', 'https://x.example.com/article?id=42&ref=top', 'x.example.com/article?id=42'],
])('storyKey ignores %s', (_name, href, key) => {
  expect(storyKey(new URL(href))).toBe(key);
});
