import { registry } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import { Dialog, Kbd } from '../../ui';
import { displayChord, isMacPlatform, keyConflicts } from './keymap';

/** `?`: every key the workbench answers to, grouped, from the registered commands. */
export function ShortcutsOverlay() {
  const open = useWorkbench((s) => s.shortcutsOpen);
  const setOpen = useWorkbench((s) => s.setShortcutsOpen);
  const mac = isMacPlatform(navigator.platform);
  const withKeys = registry.commands.filter((c) => (c.keys?.length ?? 0) > 0 || c.shortcut);
  const groups = new Map<string, typeof withKeys>();
  for (const c of withKeys) groups.set(c.group ?? 'Other', [...(groups.get(c.group ?? 'Other') ?? []), c]);
  const conflicts = keyConflicts(registry.commands);
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={() => setOpen(false)}
      className="shortcuts-dialog"
    >
      <div className="shortcuts-grid">
        {[...groups].map(([group, commands]) => (
          <section key={group} aria-label={group}>
            <h3 className="subhead">{group}</h3>
            <dl>
              {commands.map((c) => (
                <div key={c.id} className="shortcut-row">
                  <dt>{c.title}</dt>
                  <dd>
                    {(c.keys ?? []).slice(0, 2).map((k, i) => (
                      <span key={k} className="chord-alt">
                        {i > 0 && <span className="muted"> or </span>}
                        <Kbd keys={displayChord(k, mac)} />
                      </span>
                    ))}
                    {!c.keys?.length && c.shortcut && <Kbd keys={c.shortcut} />}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      {conflicts.length > 0 && (
        <p className="muted small">
          Keys claimed twice (the first registered wins):{' '}
          {conflicts.map((c) => `${c.chord} (${c.ids.join(', ')})`).join('; ')}
        </p>
      )}
      <p className="muted small">
        Single-letter keys work when focus is not in a text field; Esc leaves a field.
      </p>
    </Dialog>
  );
}
