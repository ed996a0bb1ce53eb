import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures';
import { qualifierBefore } from '../../src/core/figures/read-qualifier';

// Issue 13: a figure as written keeps the words that make it a bound or an estimate; an
// ordinal of deaths or cases is a running count; a rate in another language is a figure.

const found = (text: string, title = '') =>
  findFigures({ title, paragraphs: [{ index: 0, text, duplicateOf: null, kind: 'paragraph', elementIndex: 0 }] }).map(
    ({ text, value, unit }) => ({ text, value, unit }),
  );

describe('a qualifier before a figure is part of its text', () => {
  test.each<[sentence: string, text: string, value: number]>([
    ['Nissan has sold more than 6 million Sentra vehicles worldwide.', 'more than 6 million Sentra vehicles', 6e6],
    ['The outage hit nearly 2.5 million people last month.', 'nearly 2.5 million people', 2.5e6],
    ['The shutoff affects some 375,000 people in 18 counties.', 'some 375,000 people', 375e3],
    ['Each charge carries up to five years in prison.', 'up to five years', 5],
    ['Guards went at least eight hours without checks.', 'at least eight hours', 8],
    ['More than 450,000 people lost their phone service.', 'More than 450,000 people', 450e3],
    ['The plan costs just over $2 billion.', 'just over $2 billion', 2e9],
    ['Shares fell about 5% in early trading.', 'about 5%', 5],
  ])('%s → %s', (sentence, text, value) => {
    expect(found(sentence)).toContainEqual(expect.objectContaining({ text, value }));
  });

  test('"over" a span of time is a period, not a bound', () => {
    expect(found('The company will invest $53 billion over three years.')).toContainEqual(
      expect.objectContaining({ text: 'three years', value: 3 }),
    );
    expect(qualifierBefore('It grew over ', 'years', 30)).toBe('');
    expect(qualifierBefore('It employs over ', 'people', 500)).toBe('over ');
  });

  test('"over" a few of something spans them: "over two spells in charge"', () => {
    expect(found('He won three titles over two spells in charge of the club.')).toContainEqual(
      expect.objectContaining({ text: 'two spells' }),
    );
    expect(qualifierBefore('He won over ', 'games', 3)).toBe('');
    expect(qualifierBefore('It sold over ', 'units', 8e6)).toBe('over ');
    expect(qualifierBefore('It lasted just over ', 'minutes', 2)).toBe('just over ');
  });

  test('"up to" after a verb of change is where it went; elsewhere a ceiling', () => {
    expect(qualifierBefore('Unemployment edged up to ', '%', 4.2)).toBe('');
    expect(qualifierBefore('Alibaba may raise up to ', 'USD', 12.9e9)).toBe('up to ');
  });

  test('a word that only ends like a qualifier is none ("Cabout", "handsome")', () => {
    expect(qualifierBefore('The handsome ', 'people', 20)).toBe('');
    expect(qualifierBefore('Xabout ', 'people', 20)).toBe('');
    expect(qualifierBefore('The board met ', 'people', 20)).toBe('');
  });

  test('the value is the number as stated: the qualifier adds words, not arithmetic', () => {
    expect(found('Officials said more than 30 staff vacancies remain.')).toContainEqual({
      text: 'more than 30 staff vacancies',
      value: 30,
      unit: 'vacancies',
    });
  });
});

describe('an ordinal of deaths or cases is a running count', () => {
  test.each<[sentence: string, text: string, value: number, unit: string]>([
    ['Health authorities are reporting a 6th fatality linked to the virus.', '6th fatality', 6, 'fatalities'],
    ['Police are investigating the city’s tenth homicide this year.', 'tenth homicide', 10, 'homicides'],
    ['It is the 23rd death in the outbreak.', '23rd death', 23, 'deaths'],
    ['Officials confirmed a third case of measles.', 'third case', 3, 'cases'],
  ])('%s → %s', (sentence, text, value, unit) => {
    expect(found(sentence)).toContainEqual({ text, value, unit });
  });

  test.each([
    'The senator began his second term in January.',
    'Profits rose in the 3rd quarter.',
    'He faces a second murder trial next year.',
    'It was the first death in the county.',
    'The 2nd Avenue subway line opened.',
  ])('no tally: %s', (sentence) => {
    expect(found(sentence).filter((f) => /\d(?:st|nd|rd|th)\b|second|third|first/i.test(f.text))).toEqual([]);
  });
});

describe('a rate in another language is a figure at any size', () => {
  // Long enough a text to read as its language (readsAsEnglish needs 40 words to tell).
  test.each<[paragraph: string, text: string, value: number]>([
    [
      'No Brasil isso não é muito comum. Quando você fala sobre fluência de leitura com os pais, eles estranham que uma criança de 6 anos deve ler 60 palavras por minuto na escola. Mas os professores daqui sabem que isso é natural e que as crianças gostam de ler com os pais todos os dias da semana.',
      '60 palavras por minuto',
      60,
    ],
    [
      'Das kleine Museum am Markt ist seit dem Umbau wieder offen, und die Leiterin ist zufrieden mit dem Sommer. An guten Tagen kommen 30 Besucher pro Tag, sagt sie, und die meisten von ihnen bleiben länger als eine Stunde in der Sammlung, die jetzt auch am Sonntag geöffnet ist.',
      '30 Besucher pro Tag',
      30,
    ],
  ])('%s → %s', (paragraph, text, value) => {
    expect(found(paragraph)).toContainEqual(expect.objectContaining({ text, value }));
  });
});
