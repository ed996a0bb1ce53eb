import { describe, expect, test } from 'vitest';
import { isWebAddress, webAddress } from '../../src/core/web-address';

describe('isWebAddress', () => {
  test.each([
    ['https address', 'https://example-news.com/a', true],
    ['http address', 'http://example-news.com/a', true],
    ['javascript:', 'javascript:alert(1)', false],
    ['data:', 'data:text/html,x', false],
    ['relative path', '/a', false],
    ['empty', '', false],
    ['null', null, false],
  ])('%s', (_name, value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });
});

describe('webAddress', () => {
  test.each([
    ['absolute', 'https://example-news.com/a?b=1#c', null, 'https://example-news.com/a?b=1#c'],
    ['relative, with a base', '/a/b', 'https://example-news.com/x', 'https://example-news.com/a/b'],
    ['relative, no base', '/a/b', null, null],
    ['javascript: whatever the base', 'javascript:alert(1)', 'https://example-news.com/', null],
    ['file:', 'file:///etc/passwd', null, null],
    ['malformed', 'http://[', null, null],
  ])('%s', (_name, address, base, expected) => {
    expect(webAddress(address, base)).toBe(expected);
  });
});
