import { useMemo, useState, type KeyboardEvent } from 'react';
import { registry, type AppCommand } from '../../app/registry';
import { useStoreHandle } from '../../app/store-handle';
import { useWorkbench } from '../../store/context';
import { Dialog, Kbd } from '../../ui';
import { isMacPlatform, shortcutLabel } from '../shortcuts/keymap';
import { isEnabled, runCommand } from '../shortcuts/run-command';
import { matchScore } from './match';

/** Ctrl/Cmd+K: every registered command, by name, with its shortcut. */
export function CommandPalette() {
  const open = useWorkbench((s) => s.paletteOpen);
  const setOpen = useWorkbench((s) => s.setPaletteOpen);
  return (
    <Dialog open={open} title="Command palette" onClose={() => setOpen(false)} className="palette-dialog">
      <PaletteBody close={() => setOpen(false)} />
    </Dialog>
  );
}

function PaletteBody({ close }: { close(): void }) {
  const store = useStoreHandle();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const mac = isMacPlatform(navigator.platform);
  const results = useMemo(() => {
    const state = store.getState();
    return registry.commands
      .filter((c) => isEnabled(c, state))
      .map((c) => ({ c, score: matchScore(query, `${c.group ? `${c.group}: ` : ''}${c.title}`) }))
      .filter((r): r is { c: AppCommand; score: number } => r.score !== null)
      .sort((a, b) => b.score - a.score || a.c.title.localeCompare(b.c.title))
      .map((r) => r.c);
  }, [query, store]);
  const run = (c: AppCommand | undefined) => {
    if (!c) return;
    close();
    // After the dialog closes, so commands that move focus (focus search…) keep it.
    requestAnimationFrame(() => void runCommand(c, store));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setCursor((i) => Math.min(results.length - 1, i + 1));
    else if (e.key === 'ArrowUp') setCursor((i) => Math.max(0, i - 1));
    else if (e.key === 'Enter') run(results[cursor]);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const activeId = results[cursor] ? `cmd-${results[cursor].id}` : undefined;
  return (
    <div className="palette" onKeyDown={onKey}>
      <input
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={activeId}
        placeholder="Type a command…"
        value={query}
        data-autofocus
        onChange={(e) => {
          setQuery(e.target.value);
          setCursor(0);
        }}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {results.map((c, i) => {
          const keys = shortcutLabel(c, mac);
          return (
            <li
              key={c.id}
              id={`cmd-${c.id}`}
              role="option"
              aria-selected={i === cursor}
              className={i === cursor ? 'palette-item active' : 'palette-item'}
              onMouseEnter={() => setCursor(i)}
              onClick={() => run(c)}
            >
              <span>
                {c.group && <span className="muted">{c.group}: </span>}
                {c.title}
              </span>
              {keys && <Kbd keys={keys} />}
            </li>
          );
        })}
        {results.length === 0 && <li className="muted palette-empty">No command matches “{query}”.</li>}
      </ul>
    </div>
  );
}
