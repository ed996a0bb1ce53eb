import type { ReadPageOptions } from '../core/read-page';
import type { PageReadingResult } from '../core/types';

const HAN = /\p{Script=Han}/u;

/**
 * What the popup's half of the analysis needs beyond the reading: the Chinese figure
 * reader, loaded only when the text has Han characters (it would add a fifth to every
 * page's popup code; issue 15). The command reads the same sentences with it always.
 */
export async function textStageOptions(reading: PageReadingResult): Promise<ReadPageOptions> {
  if (!reading.ok || !HAN.test(reading.text)) return {};
  const { chineseFigureReader } = await import('../core/figures/read-chinese-figures');
  return { chineseFigures: chineseFigureReader };
}
