/**
 * Words that carry grammar, not meaning (the repeat detector keeps a list of its own,
 * repeats/fingerprint-paragraph.ts, for a different question): a capitalised one before a number opens a
 * sentence ("About 300 people") rather than naming something ("FTSE 100"); they never
 * count as the noun of a count nor end a label.
 */
export const FUNCTION_WORDS = new Set(
  `a an the and or but nor of in on at to for from by with about around over under than more less fewer some
  nearly almost roughly approximately just only up down as is was were are be been being has have had will would
  could should may might can must its their his her our your my this that these those it they he she we you i
  which who whom whose what when where while after before since until during within into onto per all another
  each every both last next past first least most plus minus thus also not no so if then there here said says
  say according yet still even such other others any many much few several same own how why across among
  between through toward towards against without upon via whereas although though because unless`.split(/\s+/),
);

/**
 * Whether a text is English: about a third of English running text is these words, under
 * a tenth of Portuguese, Indonesian or German (measured on the article-extraction corpus;
 * list-like English pages such as recipes fall between, at 0.13 to 0.25). Too short a
 * text to tell is taken as English.
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return true;
  let functionWords = 0;
  for (const word of words) if (FUNCTION_WORDS.has(word)) functionWords++;
  return functionWords > 0.18 * words.length;
}

/**
 * The commonest grammar words of three letters or more in the other languages of the
 * corpora (German, French, Spanish, Portuguese, Italian, Indonesian, Russian): none of
 * them is a noun that a number counts ("zwischen 100 und 200", "100 para", "500 yang"),
 * and a page full of them is not English whatever its lang attribute says.
 */
export const OTHER_FUNCTION_WORDS = new Set(
  `und oder bis für mit von vom zum zur auf aus bei den dem des das die der ein eine ist sind nicht auch pro per por para
  com sem que con sin del los las una uno une des les dans sur pour avec est sont pas dan yang atau dari untuk pada
  dengan ini itu ada или для при без как что это`.split(/\s+/),
);

/** Whether a text reads as another language than English: a twentieth of its words are OTHER_FUNCTION_WORDS. */
export function readsAsOtherLanguage(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let other = 0;
  for (const word of words) if (OTHER_FUNCTION_WORDS.has(word)) other++;
  return other > 0.05 * words.length;
}
