import { Readability } from '@mozilla/readability';

// The floor's whole page side: Readability on a clone of the page, its text as the answer.
export function readArticleText(): string {
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return parsed?.textContent?.trim() || '(no article)';
}
