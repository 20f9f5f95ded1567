import { useWorkbench } from '../../store/context';
import { findMatches } from './decorations';

/** Pane slot: "hit 2 of 7" with previous/next for the active search, and the find-in-document bar. */
export function HitNavigator({ paneIndex }: { paneIndex: number }) {
  const docId = useWorkbench((s) => s.panes[paneIndex]?.docId ?? null);
  const active = useWorkbench((s) => s.activePane === paneIndex);
  const count = useWorkbench((s) =>
    docId ? (s.searchHits.find((h) => h.id === docId)?.matches.length ?? 0) : 0,
  );
  const current = useWorkbench((s) =>
    s.currentHit && s.currentHit.docId === docId ? s.currentHit.index : -1,
  );
  const stepHit = useWorkbench((s) => s.stepHit);
  const focusPane = useWorkbench((s) => s.focusPane);
  const findOpen = useWorkbench((s) => s.findOpen && active);
  return (
    <>
      {count > 0 && (
        <span className="hit-nav" role="group" aria-label="Search hits in this document">
          <span aria-live="polite">{current >= 0 ? `Hit ${current + 1} of ${count}` : `${count} hits`}</span>
          <button
            type="button"
            aria-label="Previous hit"
            title="Previous hit (Shift+F3, N)"
            onClick={() => (focusPane(paneIndex), stepHit(-1))}
          >
            ‹
          </button>
          <button
            type="button"
            aria-label="Next hit"
            title="Next hit (F3, n)"
            onClick={() => (focusPane(paneIndex), stepHit(1))}
          >
            ›
          </button>
        </span>
      )}
      {findOpen && <FindBar />}
    </>
  );
}

function FindBar() {
  const text = useWorkbench((s) => s.findText);
  const index = useWorkbench((s) => s.findIndex);
  const doc = useWorkbench((s) => s.panes[s.activePane]?.doc ?? null);
  const setText = useWorkbench((s) => s.setFindText);
  const step = useWorkbench((s) => s.stepFind);
  const setOpen = useWorkbench((s) => s.setFindOpen);
  const n = doc && text ? findMatches(doc.text, doc.start, text).length : 0;
  const at = n ? (((index % n) + n) % n) + 1 : 0;
  return (
    <span className="find-bar" role="search" aria-label="Find in document">
      <input
        autoFocus
        aria-label="Find in document"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <span aria-live="polite">{text ? `${at} of ${n}` : ''}</span>
      <button type="button" aria-label="Close find" onClick={() => setOpen(false)}>
        ×
      </button>
    </span>
  );
}
