import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../../../renderer/src/app/registry';
import { workbenchCommands } from '../../../../../renderer/src/features/shortcuts/builtin-commands';
import {
  chordOf,
  commandForChord,
  displayChord,
  isPlainKey,
  keyConflicts,
} from '../../../../../renderer/src/features/shortcuts/keymap';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; alt: boolean; shift: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('chordOf', () => {
  it('keeps printable keys as typed (shift is in the character)', () => {
    expect(chordOf(key('j'), false)).toBe('j');
    expect(chordOf(key('N', { shift: true }), false)).toBe('N');
    expect(chordOf(key('?', { shift: true }), false)).toBe('?');
  });

  it('maps Ctrl on Linux/Windows and Cmd on macOS to mod', () => {
    expect(chordOf(key('k', { ctrl: true }), false)).toBe('mod+k');
    expect(chordOf(key('k', { meta: true }), true)).toBe('mod+k');
    expect(chordOf(key('k', { meta: true }), false)).toBe('k');
    expect(chordOf(key('\\', { ctrl: true }), false)).toBe('mod+\\');
    expect(chordOf(key('K', { ctrl: true, shift: true }), false)).toBe('mod+shift+k');
  });

  it('names non-printable keys and ignores bare modifiers', () => {
    expect(chordOf(key('Escape'), false)).toBe('Escape');
    expect(chordOf(key('ArrowDown', { shift: true }), false)).toBe('shift+ArrowDown');
    expect(chordOf(key('Control', { ctrl: true }), false)).toBeNull();
  });

  it('classifies plain typing keys', () => {
    expect(isPlainKey('j')).toBe(true);
    expect(isPlainKey('mod+k')).toBe(false);
    expect(isPlainKey('Escape')).toBe(false);
  });
});

describe('displayChord', () => {
  it('shows chords per platform', () => {
    expect(displayChord('mod+k', false)).toBe('Ctrl+K');
    expect(displayChord('mod+k', true)).toBe('⌘K');
    expect(displayChord('mod+\\', false)).toBe('Ctrl+\\');
    expect(displayChord('Escape', false)).toBe('Esc');
    expect(displayChord('?', false)).toBe('?');
  });
});

describe('commandForChord', () => {
  const run = () => undefined;
  const commands: AppCommand[] = [
    { id: 'a', title: 'A', keys: ['n'], enabled: () => false, run },
    { id: 'b', title: 'B', keys: ['n'], run },
  ];

  it('picks the first enabled command for a chord', () => {
    expect(commandForChord(commands, 'n', {}, (c) => (c.enabled ? c.enabled({} as never) : true))?.id).toBe(
      'b',
    );
    expect(commandForChord(commands, 'x', {}, () => true)).toBeNull();
  });

  it('reports conflicts', () => {
    expect(keyConflicts(commands)).toEqual([{ chord: 'n', ids: ['a', 'b'] }]);
  });

  it('the built-in commands claim each key once and have unique ids', () => {
    expect(keyConflicts(workbenchCommands)).toEqual([]);
    const ids = workbenchCommands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The keys are all bound.
    const keys = workbenchCommands.flatMap((c) => c.keys ?? []);
    for (const k of ['j', 'k', '/', '?', 'mod+k', 'mod+\\', 'Escape']) expect(keys).toContain(k);
  });
});
