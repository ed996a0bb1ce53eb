// How news pages name money: ISO 4217 codes, symbols, words. Kept to the currencies
// readers meet in the news, so the recogniser stays a few KB.

import { lookupTable } from './lookup-table';

/** ISO 4217 codes written as such ("USD 5m", "5m EUR"); RMB is the common name of CNY. */
export const CODES = new Set(
  'USD EUR GBP JPY CNY HKD SGD AUD CAD NZD CHF INR KRW TWD BRL MXN ZAR RUB TRY SEK NOK DKK PLN AED SAR ILS THB IDR MYR PHP VND NGN EGP CZK HUF KES ARS CLP COP PKR BDT QAR KWD UAH RON'.split(
    ' ',
  ),
);

/**
 * Letters before a number that name a currency but are not its code, spaced or glued
 * ("Rmb1.9bn" is how financial papers write renminbi; "Rs500", "Rp10,000").
 */
export const LETTER_PREFIXES = lookupTable({ RMB: 'CNY', Rmb: 'CNY', Rs: 'INR', Rp: 'IDR', RM: 'MYR' });

/** Symbols that name one currency wherever they stand. "$" and "¥" depend on the page. */
export const SYMBOLS = lookupTable({
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
  '₦': 'NGN',
  '₴': 'UAH',
});

/** Letters glued before "$" or "¥": "US$", "HK$", "A$", "CN¥". */
export const SYMBOL_PREFIXES = lookupTable({
  US: 'USD',
  'U.S': 'USD',
  A: 'AUD',
  AU: 'AUD',
  C: 'CAD',
  CA: 'CAD',
  CAN: 'CAD',
  NZ: 'NZD',
  HK: 'HKD',
  S: 'SGD',
  SG: 'SGD',
  NT: 'TWD',
  R: 'BRL',
  MX: 'MXN',
  Mex: 'MXN',
  CN: 'CNY',
  RMB: 'CNY',
  JP: 'JPY',
});

/** Currency words written after the number ("380 billion yuan"); "dollars" and "pounds" depend on the page. */
export const WORDS = lookupTable<string>();
for (const [code, words] of Object.entries({
  CNY: 'yuan renminbi',
  JPY: 'yen',
  EUR: 'euro euros',
  KRW: 'won',
  INR: 'rupee rupees',
  IDR: 'rupiah',
  MYR: 'ringgit',
  THB: 'baht',
  ZAR: 'rand',
  BRL: 'reais',
  RUB: 'rouble roubles ruble rubles',
  TRY: 'lira',
  PLN: 'zloty',
  ILS: 'shekel shekels',
  AED: 'dirham dirhams',
  SAR: 'riyal riyals',
  NGN: 'naira',
  CHF: 'franc francs',
  MXN: 'peso pesos',
  VND: 'dong',
  SEK: 'krona kronor',
  GBP: 'sterling',
})) {
  for (const word of words.split(' ')) WORDS[word] = code;
}

/** Who else writes "dollars": the adjective before the word, by code. */
export const DOLLAR_COUNTRIES = lookupTable({
  USD: 'US|U\\.S\\.|American',
  AUD: 'Australian',
  CAD: 'Canadian',
  HKD: 'Hong Kong',
  SGD: 'Singapore',
  NZD: 'New Zealand',
  TWD: 'Taiwan|New Taiwan',
});

/** How this page writes money where a sign alone does not say which currency. */
export interface MoneyHabits {
  /** What a bare "$" or "dollars" means here. */
  dollar: string;
  /** What a bare "¥" means here. */
  yen: string;
  /** Whether the page writes pounds sterling (then "pounds" is money, not weight). */
  sterling: boolean;
}

/**
 * "$" alone is the US dollar unless the page clearly uses one other dollar: writes its sign
 * ("A$3bn", "HK$12 billion") and never names the US one (US$, USD, US dollars). A page that
 * only spells out "176 Hong Kong dollars" still means US dollars by "$12.9bn" (seen on a
 * British paper's story of a Hong Kong listing). "¥" is the yen unless the page speaks of
 * yuan and never of yen.
 */
export function readMoneyHabits(text: string): MoneyHabits {
  const signOf = (code: string) =>
    Object.keys(SYMBOL_PREFIXES)
      .filter((prefix) => SYMBOL_PREFIXES[prefix] === code)
      .map((prefix) => prefix.replace('.', '\\.'))
      .join('|');
  const us = new RegExp(`(?<!\\p{L})(?:${signOf('USD')})\\$|\\bUSD\\b|(?:${DOLLAR_COUNTRIES.USD}) dollars?`, 'u').test(
    text,
  );
  const signed = Object.keys(DOLLAR_COUNTRIES).filter(
    (code) => code !== 'USD' && new RegExp(`(?<!\\p{L})(?:${signOf(code)})\\$`, 'u').test(text),
  );
  const dollar = !us && signed.length === 1 ? signed[0]! : 'USD';
  const yuan = /\b(?:yuan|renminbi|RMB|CNY)\b|CN¥/.test(text);
  const yen = /\b(?:yen|JPY)\b|JP¥/.test(text);
  return { dollar, yen: yuan && !yen ? 'CNY' : 'JPY', sterling: /£|\bGBP\b|\bsterling\b/i.test(text) };
}
