import { parseArticle, type ArticleContext } from './article/parse-article';
import type { ParsedStory } from './types';

/**
 * Structure of a plain-text article (and of text extracted from HTML, PDF, DOCX or Markdown): stories,
 * titles, dates, outlets, datelines, live-blog entries and furniture. The grammar is in ./article/.
 */
export function parsePlainText(text: string, context: ArticleContext = {}): ParsedStory[] {
  return parseArticle(text, context);
}
