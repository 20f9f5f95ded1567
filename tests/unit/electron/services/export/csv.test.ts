import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, writeCsv } from '../../../../../electron/services/export/csv';
import { fixtureExcerpts, fixtureMeta } from '../../../../fixtures/export/excerpts';

/** A strict RFC 4180 reader (every field quoted, as the writer emits): the test's independent check. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let value = '';
    i++;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q < 0) throw new Error('unterminated field');
      value += text.slice(i, q);
      if (text[q + 1] === '"') {
        value += '"';
        i = q + 2;
      } else {
        i = q + 1;
        break;
      }
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('CSV export', () => {
  const csv = writeCsv(fixtureExcerpts(), fixtureMeta());

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('parses back as RFC 4180 with the documented columns and one row per excerpt', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(fixtureExcerpts().length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const sanctions = rows.find((r) => r[col('annotation_id')] === 'a2');
    expect(sanctions?.[col('quote')]).toBe('sanctions relief "is not on the table until a ceasefire holds"');
    expect(sanctions?.[col('outlet')]).toBe('Northwire');
    expect(sanctions?.[col('date_source')]).toBe('meta');
    const blog = rows.find((r) => r[col('annotation_id')] === 'a3');
    expect(blog?.[col('entry_timestamp')]).toBe('2025-12-02T09:15:00-05:00');
    expect(blog?.[col('link')]).toMatch(/^dossier:\/\/open\?folder=.*&doc=live-blog\.txt&start=\d+&end=\d+$/);
  });

  it('no cell can start a formula', () => {
    const rows = parseCsv(csv.slice(1));
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const hostile = rows.find((r) => r.includes('a5'));
    expect(hostile).toContain(`'=HYPERLINK("http://evil.invalid","click"); <b>bold</b>`);
    expect(hostile).toContain("'@cmd");
    expect(hostile).toContain("'-2+3");
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\r=x', `"'\r=x"`],
    ['  =1', `"'  =1"`],
    ['a=1', `"a=1"`],
    ['say "hi", then\nleave', `"say ""hi"", then\nleave"`],
  ])('csvCell(%j)', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
