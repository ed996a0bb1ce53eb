import type { FigureKind, Quantity } from '../types';
import type { MoneyHabits } from './currency-names';

/** How the page writes what a single numeral cannot tell. */
export interface PageHabits extends MoneyHabits {
  decimalComma: boolean;
  /** Counts and number words are read in English only (a plural noun is an English notion). */
  english: boolean;
}

/** A quantity found in a sentence, with where it stands among the sentence's tokens. */
export interface RecognisedQuantity extends Quantity {
  kind: FigureKind;
  /** First and last token of the quantity as written. */
  first: number;
  last: number;
  /** Last token of what belongs to it: its equivalents in brackets included. */
  end: number;
  /** Last token of the number itself ("1.2 million"); a count's own words follow it. */
  number?: number;
  equivalents: Quantity[];
  /**
   * What the quantity is beyond its unit, where that changes how it is ranked or named: a
   * match's result ("3-0"), an age ("an 8-year-old girl"), a measure that modifies a noun
   * ("a 180-day cruise"), a ratio ("2.5 times greater").
   */
  role?: QuantityRole;
}

export type QuantityRole = 'score' | 'age' | 'modifier' | 'ratio';
