import { describe, expect, it } from 'vitest';
import { parseFolderPrefs } from '../../../../renderer/src/store/slices/layout-slice';

describe('parseFolderPrefs', () => {
  it('reads a saved preference object', () => {
    const raw = JSON.stringify({
      v: 1,
      layouts: { 'workbench-sr': { sidebar: 25, reader: 55, right: 20 } },
      panes: ['a.txt', null],
      rightPanel: false,
    });
    expect(parseFolderPrefs(raw)).toEqual({
      v: 1,
      layouts: { 'workbench-sr': { sidebar: 25, reader: 55, right: 20 } },
      panes: ['a.txt', null],
      rightPanel: false,
    });
  });

  it('tolerates junk: null input, bad JSON, wrong version, bad sizes', () => {
    expect(parseFolderPrefs(null)).toBeNull();
    expect(parseFolderPrefs('{oops')).toBeNull();
    expect(parseFolderPrefs(JSON.stringify({ v: 2 }))).toBeNull();
    const p = parseFolderPrefs(
      JSON.stringify({ v: 1, layouts: { g: { a: 'x', b: 500, c: 40 }, h: 3 }, panes: [1, 'x', null] }),
    );
    expect(p?.layouts).toEqual({ g: { c: 40 } });
    expect(p?.panes).toEqual(['x', null]);
    expect(p?.rightPanel).toBe(true);
  });
});
