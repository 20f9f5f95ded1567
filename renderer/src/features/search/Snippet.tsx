import type { Snippet as SnippetData } from '../../../../shared/model/search';

/** A KWIC snippet with every hit marked. */
export function Snippet({ snippet }: { snippet: SnippetData }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.highlights.forEach(([s, e], i) => {
    if (s > at) parts.push(snippet.text.slice(at, s));
    parts.push(<mark key={i}>{snippet.text.slice(s, e)}</mark>);
    at = e;
  });
  parts.push(snippet.text.slice(at));
  return <p className="search-snippet">…{parts}…</p>;
}
