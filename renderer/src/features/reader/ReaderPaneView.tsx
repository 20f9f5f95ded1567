import { useEffect, useRef } from 'react';
import { REVEAL_OFFSET_EVENT } from '../../dom/scroll-to-offset';
import { registry } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import type { ReaderPane } from '../../store/slices/reader-slice';
import { EmptyState, ErrorMessage, IconButton } from '../../ui';
import { DocHeader } from './DocHeader';
import { DocumentText, type DocumentTextHandle } from './DocumentText';
import { EntriesNav } from './EntriesNav';
import { registerScroller, syncFrom } from './linked-scroll';
import { SelectionToolbar } from './SelectionToolbar';
import { useDecorations } from './use-decorations';

/** One reader pane: toolbar, pane slots, header with provenance, then the (virtualised) story text. */
export function ReaderPaneView({ pane, index, count }: { pane: ReaderPane; index: number; count: number }) {
  const focusPane = useWorkbench((s) => s.focusPane);
  const closePane = useWorkbench((s) => s.closePane);
  const openDocument = useWorkbench((s) => s.openDocument);
  const active = useWorkbench((s) => s.activePane === index);
  const showFurniture = useWorkbench((s) => s.showFurniture);
  const toggleFurniture = useWorkbench((s) => s.toggleFurniture);
  const underlines = useWorkbench((s) => s.entityUnderlines);
  const toggleUnderlines = useWorkbench((s) => s.toggleEntityUnderlines);
  const linked = useWorkbench((s) => s.linkedScroll && s.panes.length > 1);
  const decorations = useDecorations(pane.doc?.id ?? null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const handle = useRef<DocumentTextHandle>(null);
  const doc = pane.doc;
  const name = doc ? `Reader: ${doc.title}` : `Reader pane ${index + 1}`;

  useEffect(() => {
    const el = scrollRef.current;
    return el ? registerScroller(pane.key, el) : undefined;
  }, [pane.key]);

  // "Jump to passage" (dom/scroll-to-offset): render the chunk holding the offset first.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = sectionRef.current;
    if (!el) return;
    const onReveal = (e: Event) => handle.current?.scrollToOffset((e as CustomEvent<number>).detail);
    el.addEventListener(REVEAL_OFFSET_EVENT, onReveal);
    return () => el.removeEventListener(REVEAL_OFFSET_EVENT, onReveal);
  }, []);

  return (
    <section
      ref={sectionRef}
      className={active ? 'pane active' : 'pane'}
      aria-label={name}
      onFocusCapture={() => focusPane(index)}
      onMouseDown={() => focusPane(index)}
    >
      <div className="pane-toolbar" role="toolbar" aria-label={`Pane ${index + 1} tools`}>
        <span className="pane-label">{count > 1 ? `Pane ${index + 1}` : 'Reader'}</span>
        {registry.paneSlots.map((Slot, i) => (
          <Slot key={i} paneIndex={index} />
        ))}
        <span className="spacer" />
        <IconButton
          label={showFurniture ? 'Hide site furniture' : 'Show site furniture'}
          pressed={!showFurniture}
          onClick={toggleFurniture}
        >
          ¶
        </IconButton>
        <IconButton
          label={underlines ? 'Hide entity underlines' : 'Show entity underlines'}
          pressed={!underlines}
          onClick={toggleUnderlines}
        >
          U̲
        </IconButton>
        {(count > 1 || doc) && (
          <IconButton label={`Close pane ${index + 1}`} onClick={() => closePane(index)}>
            ×
          </IconButton>
        )}
      </div>
      <div
        className={[
          'pane-scroll',
          showFurniture ? '' : 'hide-furniture',
          underlines ? '' : 'no-entity-underlines',
        ].join(' ')}
        ref={scrollRef}
        tabIndex={0}
        aria-label={doc ? `Text of ${doc.title}` : `Pane ${index + 1} content`}
        onScroll={linked ? () => syncFrom(pane.key) : undefined}
      >
        {pane.loading && !doc && (
          <p className="hint" role="status">
            Opening {pane.docId}…
          </p>
        )}
        {pane.error && (
          <ErrorMessage
            action={
              pane.docId ? (
                <button type="button" onClick={() => void openDocument(pane.docId as string, index)}>
                  Try again
                </button>
              ) : undefined
            }
          >
            {pane.error}
          </ErrorMessage>
        )}
        {!doc && !pane.loading && !pane.error && (
          <EmptyState title={count > 1 ? 'Empty pane' : 'Nothing open yet'}>
            <p>
              Choose a document in the library (or press <kbd>j</kbd>) to read it here.
              {count > 1 ? ' Documents open in the highlighted pane.' : ''}
            </p>
          </EmptyState>
        )}
        {doc && (
          <article className="document" aria-labelledby={`doc-title-${pane.key}`}>
            <DocHeader doc={doc} titleId={`doc-title-${pane.key}`} />
            <EntriesNav entries={doc.entries} onJump={(o) => handle.current?.scrollToOffset(o)} />
            {doc.splitReason && (
              <p className="hint">This file holds more than one story ({doc.splitReason}).</p>
            )}
            {doc.text.trim() === '' && (
              <EmptyState title="This story has no text">
                <p>The file was read but held no text after cleaning. Check it in the File section.</p>
              </EmptyState>
            )}
            <div ref={textRef} className="doc-body">
              <DocumentText doc={doc} decorations={decorations} scrollRef={scrollRef} handleRef={handle} />
            </div>
            <SelectionToolbar rootRef={textRef} scrollRef={scrollRef} paneIndex={index} docId={doc.id} />
          </article>
        )}
      </div>
    </section>
  );
}
