import { useRef, type KeyboardEvent } from 'react';

/** One tab of a {@link Tabs} strip. */
export interface TabItem {
  id: string;
  label: string;
}

/**
 * An ARIA tab strip (roving tabindex, arrows/Home/End move and select). The panels are rendered by the
 * caller with `role="tabpanel"` and `aria-labelledby={tabId(idPrefix, id)}`.
 */
export function Tabs({
  items,
  selected,
  onSelect,
  label,
  idPrefix,
}: {
  items: TabItem[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  idPrefix: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const i = items.findIndex((t) => t.id === selected);
    const next =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % items.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : -1;
    const item = items[next];
    if (!item) return;
    e.preventDefault();
    onSelect(item.id);
    ref.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, item.id))}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs" ref={ref} onKeyDown={onKey}>
      {items.map((t) => (
        <button
          key={t.id}
          id={tabId(idPrefix, t.id)}
          type="button"
          role="tab"
          aria-selected={t.id === selected}
          aria-controls={panelId(idPrefix, t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

/** The DOM id of a tab button. */
export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
/** The DOM id of a tab panel. */
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;
