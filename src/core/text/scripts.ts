// Scripts written without spaces between words: Chinese (Han), Japanese kana, Thai, Lao,
// Khmer and Myanmar. A space-based reading sees one "word" per sentence there, so word
// counts take Intl.Segmenter (count-words.ts), and highlights and the repeat detector take
// overlapping character pairs as terms. One list for all three, so that a language is
// read the same way by every step.
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
