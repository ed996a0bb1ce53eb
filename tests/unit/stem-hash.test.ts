import { describe, expect, test } from 'vitest';
import { stemHash } from '../../src/core/repeats/fingerprint-paragraph';
import { hashToken } from '../../src/core/repeats/scan-tokens';

// The stemmer reads the word in place and returns a hash: each row checks it against the
// hash of the stem written out (the stems the string stemmer it replaced gave).
describe('stemHash', () => {
  test.each([
    ['short words stay', 'news', 'news'],
    ['-ies to -y', 'studies', 'study'],
    ['-ing dropped, doubled consonant undone', 'embedding', 'embed'],
    ['-ed dropped', 'embedded', 'embed'],
    ['-ed dropped, doubled consonant undone', 'controlled', 'control'],
    ['-ing kept on a five-letter word', 'thing', 'thing'],
    ['-sses loses -es, then the doubled s', 'classes', 'clas'],
    ['-xes loses -es', 'boxes', 'box'],
    ['-ches loses -es', 'matches', 'match'],
    ['-shes loses -es', 'wishes', 'wish'],
    ['other -es loses -s, then the final e', 'houses', 'hous'],
    ['plural -s dropped', 'investments', 'investment'],
    ['-ss not taken for a plural, but undoubled', 'progress', 'progres'],
    ['-us kept', 'status', 'status'],
    ['-is kept', 'analysis', 'analysis'],
    ['final e dropped', 'compute', 'comput'],
    ['doubled vowel kept', 'agree', 'agre'],
    ['-ies then doubled y', 'xyyies', 'xyy'],
    ['non-Latin words pass through', 'кухню', 'кухню'],
  ])('%s: %s -> %s', (_name, word, stem) => {
    const source = ` ${word} `;
    expect(stemHash(source, 1, 1 + word.length, hashToken(word))).toBe(hashToken(stem));
  });
});
