import type { WindowLike } from 'dompurify';
import type { Analysis } from '../core/types';
import { collapseRepeats, type RepeatText } from './collapse-repeats';
import { dropUnanalysedText } from './drop-unanalysed-text';
import { ELEMENT_INDEX_ATTR } from '../core/extract/blocks';
import { locateParagraphElements } from './locate-paragraph-elements';
import { markFigures } from './mark-figures';
import { markHighlights } from './mark-highlights';
import { sanitizeArticle, type ImageText } from './sanitize-article';

export interface ArticleBodyText {
  repeat: RepeatText;
  image: ImageText;
}

export interface ArticleBody {
  content: DocumentFragment;
  repeatsCollapsed: number;
  highlightsMarked: number;
  figuresMarked: number;
}

/**
 * The article body as the reader view shows it: Readability's cleaned HTML, sanitised
 * once, cut to the text the analysis kept, with repeats folded, highlights and figures marked, all located by the numbers
 * the analysis gave its paragraphs. Without HTML (an older content script, say) the
 * paragraphs' plain text stands in.
 */
export function renderArticleBody(
  analysis: Pick<Analysis, 'paragraphs' | 'figures' | 'highlights' | 'contentHtml'>,
  win: WindowLike & { document: Document },
  text: ArticleBodyText,
): ArticleBody {
  const content =
    analysis.contentHtml === undefined
      ? plainParagraphs(analysis, win.document)
      : sanitizeArticle(analysis.contentHtml, win, text.image);
  const elements = locateParagraphElements(content, analysis.paragraphs);
  dropUnanalysedText(content, elements);
  // Repeats first: folding moves a paragraph's nodes, marking splits them.
  const repeatsCollapsed = collapseRepeats(analysis.paragraphs, elements, text.repeat).length;
  const highlightsMarked = markHighlights(elements, analysis.highlights);
  const figuresMarked = markFigures(elements, analysis.figures);
  return { content, repeatsCollapsed, highlightsMarked, figuresMarked };
}

function plainParagraphs(analysis: Pick<Analysis, 'paragraphs'>, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const paragraph of analysis.paragraphs) {
    const p = doc.createElement(paragraph.kind === 'heading' ? 'h2' : 'p');
    p.setAttribute(ELEMENT_INDEX_ATTR, String(paragraph.elementIndex));
    p.textContent = paragraph.text;
    fragment.append(p);
  }
  return fragment;
}
