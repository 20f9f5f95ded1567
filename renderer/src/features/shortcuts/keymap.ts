import type { AppCommand } from '../../app/registry';

/** The parts of a KeyboardEvent the key map reads (so it is testable without a DOM). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The chord string of a key event, in the syntax of `AppCommand.keys`: `mod+` when Ctrl (or Cmd on macOS)
 * is held, `alt+` for Alt; printable keys as typed (so `N` and `?` carry their shift), named keys with
 * `shift+` when shifted. Null for bare modifier presses.
 */
export function chordOf(e: KeyLike, mac: boolean): string | null {
  if (['Control', 'Meta', 'Shift', 'Alt', 'AltGraph', 'CapsLock'].includes(e.key)) return null;
  const mod = mac ? e.metaKey : e.ctrlKey;
  const printable = e.key.length === 1;
  let key = e.key;
  // With mod held the shifted form is unreliable across layouts (Ctrl+Shift+K gives "K"): lower-case it.
  if (printable && mod) key = key.toLowerCase();
  let out = '';
  if (mod) out += 'mod+';
  if (e.altKey) out += 'alt+';
  // A printable key typed alone already carries its shift (`N`, `?`); with mod/alt it does not.
  if (e.shiftKey && (!printable || mod || e.altKey)) out += 'shift+';
  return out + key;
}

/** True for chords that are plain typing (no mod/alt, not a named key), ignored inside text fields. */
export function isPlainKey(chord: string): boolean {
  return !chord.startsWith('mod+') && !chord.startsWith('alt+') && chord.length === 1;
}

/** How a chord is shown: `mod+k` → `Ctrl+K` (or `⌘K` on macOS). */
export function displayChord(chord: string, mac: boolean): string {
  const parts = chord === '+' ? ['+'] : chord.split(/\+(?!$)/);
  const names = parts.map((p) =>
    p === 'mod'
      ? mac
        ? '⌘'
        : 'Ctrl'
      : p === 'alt'
        ? mac
          ? '⌥'
          : 'Alt'
        : p === 'shift'
          ? 'Shift'
          : p === 'Escape'
            ? 'Esc'
            : p.length === 1 && parts.length > 1
              ? p.toUpperCase()
              : p,
  );
  return mac ? names.join('') : names.join('+');
}

/** The label shown for a command's shortcut (explicit `shortcut` wins, else its first key). */
export function shortcutLabel(command: AppCommand, mac: boolean): string | null {
  if (command.shortcut) return command.shortcut;
  const first = command.keys?.[0];
  return first ? displayChord(first, mac) : null;
}

/**
 * The command a chord runs: the first registered command listing the chord whose `enabled` allows it.
 * Later registrations cannot steal a chord silently: duplicates are reported by {@link keyConflicts}.
 */
export function commandForChord<S>(
  commands: readonly AppCommand[],
  chord: string,
  state: S,
  enabled: (c: AppCommand, s: S) => boolean,
): AppCommand | null {
  for (const c of commands) if (c.keys?.includes(chord) && enabled(c, state)) return c;
  return null;
}

/** Chords claimed by more than one command (shown in the shortcuts overlay; a test keeps it empty). */
export function keyConflicts(commands: readonly AppCommand[]): { chord: string; ids: string[] }[] {
  const by = new Map<string, string[]>();
  for (const c of commands) for (const k of c.keys ?? []) by.set(k, [...(by.get(k) ?? []), c.id]);
  return [...by].filter(([, ids]) => ids.length > 1).map(([chord, ids]) => ({ chord, ids }));
}

/** Whether the platform uses Cmd as the main modifier. */
export function isMacPlatform(platform: string): boolean {
  return /mac|darwin|iphone|ipad/i.test(platform);
}
