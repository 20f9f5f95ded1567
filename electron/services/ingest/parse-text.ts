import type { ParsedStory } from './types';

const META_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$/i;

/**
 * First-pass structure of a plain-text article: one story, title = first meaningful line,
 * date from a leading ` date YYYY-MM-DD` line. The full article grammar lives in the ingest modules.
 */
export function parsePlainText(text: string): ParsedStory[] {
  const lines = text.split('\n');
  let offset = 0;
  let title = '';
  let date: string | null = null;
  for (const line of lines) {
    const meta = META_DATE.exec(line);
    if (meta && meta[1] && date === null) date = meta[1];
    else if (!title && line.trim()) title = line.trim();
    offset += line.length + 1;
    if (title && offset > 2000) break;
  }
  return [
    {
      start: 0,
      end: text.length,
      title: title.slice(0, 300) || 'Untitled',
      date,
      dateSource: date ? 'meta' : 'none',
      outlet: 'unknown',
      dateline: null,
      boilerplate: [],
      entries: [],
      splitReason: null,
    },
  ];
}
