import { Popover } from '../../ui';

const ROWS: [string, string][] = [
  ['sanctions relief', 'both words (AND is the default)'],
  ['kyiv OR kiev', 'either word; AND binds tighter than OR'],
  ['-russia, NOT russia', 'without the word'],
  ['(a OR b) c', 'grouping'],
  ['"peace talks"', 'exact phrase (any word form)'],
  ['"ceasefire kyiv"~5', 'all words within 5 extra words, any order'],
  ['sanction*, wom?n', 'wildcards: * any letters, ? one letter'],
  ['zelensky~1', 'fuzzy: within 1 (or ~2) edits'],
  ['/\\d+ km/', 'regular expression, checked on candidate text'],
  ['title:kremlin', 'in the headline only'],
  ['outlet:"Meridian Wire"', 'from that outlet'],
  ['date:2025-12-01..2025-12-05', 'date range; also date:>=2025-12-02, date:2025-12'],
  ['in:"wires/sub"', 'under a folder'],
  ['entity:"Zelensky"', 'any alias of an entity'],
  ['tag:x  issue:"y"  has:annotation', 'documents tagged, linked, annotated'],
];

/** The query-language help popover beside the search box. */
export function QueryHelp() {
  return (
    <Popover label="Query language help" buttonContent="?">
      {() => (
        <div className="search-help" role="dialog" aria-label="Query language">
          <table>
            <tbody>
              {ROWS.map(([q, what]) => (
                <tr key={q}>
                  <td>
                    <code>{q}</code>
                  </td>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Words in site furniture (related links, captions) never match.</p>
        </div>
      )}
    </Popover>
  );
}
