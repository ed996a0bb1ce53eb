import type { FigureKind, Quantity } from '../types';
import { labelChineseFigure } from './label-chinese-figure';
import { isChineseText } from '../text/chinese-text';
import { mayHoldChineseQuantity, readChineseQuantities, type ChineseHabits } from './recognise-chinese-quantities';

/** A quantity of a Chinese sentence with its label (find-figures.ts ranks and merges them). */
export interface LabelledQuantity extends Quantity {
  kind: FigureKind;
  equivalents: Quantity[];
  label: string;
}

// Words of a Chinese sentence that make its numbers a total or a change (rank-figures.ts
// gives such figures a point, as TOTAL_OR_CHANGE does for English).
const TOTAL_OR_CHANGE =
  /总|合计|累计|共计|收入|营收|利润|销售|销量|增长|下降|上升|减少|增加|提高|下滑|投资|投入|预算|赤字|债务|成本|估值|交易|同比|环比|规模|总值/;

/**
 * The figures of one sentence when it is Chinese (issue 15), labelled from Chinese
 * structure, and whether it speaks of a total or a change; null for any other sentence,
 * which the English recogniser reads.
 */
export function readChineseFigures(
  sentence: string,
  habits: ChineseHabits,
): { found: LabelledQuantity[]; totalOrChange: boolean } | null {
  if (!isChineseText(sentence)) return null;
  const quantities = readChineseQuantities(sentence, habits);
  const found = quantities.map((q): LabelledQuantity => {
    const { text, value, unit, kind, min, max, equivalents } = q;
    return {
      text,
      value,
      unit,
      kind,
      ...(min === undefined ? {} : { min, max }),
      equivalents,
      label: labelChineseFigure(sentence, q, quantities),
    };
  });
  return { found, totalOrChange: TOTAL_OR_CHANGE.test(sentence) };
}

/** What findFigures asks of Chinese sentences (issue 15). */
export interface ChineseFigureReader {
  /** False when `text` can hold no Chinese quantity (the quick test before splitting). */
  mayHold: (text: string) => boolean;
  /** The figures of a Chinese sentence, labelled; null for any other sentence. */
  read: (sentence: string) => ReturnType<typeof readChineseFigures>;
}

/**
 * The Chinese figure reader for a page of language `lang` whose "$" means `dollar`. The
 * popup loads this module only for pages with Han characters (it is a fifth of the
 * popup's code), and hands it to findFigures; the command and the tests always do.
 */
export function chineseFigureReader(lang: string | null | undefined, dollar: string): ChineseFigureReader {
  const habits = chineseHabitsOf(lang, dollar);
  return { mayHold: mayHoldChineseQuantity, read: (sentence) => readChineseFigures(sentence, habits) };
}

export type ChineseFigures = typeof chineseFigureReader;

/**
 * What 元 and "$" alone mean on a page of this language: Taiwan and Hong Kong pages price
 * in their own dollars ("入園費$50元" on a Taiwanese blog); elsewhere 元 is the renminbi
 * and "$" what the page's English habits say.
 */
function chineseHabitsOf(lang: string | null | undefined, dollar: string): ChineseHabits {
  const tag = (lang ?? '').toLowerCase();
  const local = /^zh[-_](?:hant[-_])?tw\b/.test(tag) ? 'TWD' : /^zh[-_](?:hant[-_])?hk\b/.test(tag) ? 'HKD' : null;
  return local ? { dollar: local, yuan: local } : { dollar, yuan: 'CNY' };
}
