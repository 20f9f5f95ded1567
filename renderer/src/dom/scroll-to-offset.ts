import { runAt } from './selection-offsets';

/**
 * Asks a reader pane to render the chunk holding an offset (long texts are virtualised, so the run may
 * not be in the DOM yet). Dispatched on the pane's element; ReaderPaneView forwards it to its text.
 */
export const REVEAL_OFFSET_EVENT = 'dossier:reveal-offset';

/**
 * Scrolls the active reader pane to the run holding canonical offset `start` (DOM contract: every run
 * carries `data-start`). One place serves every "jump to passage": annotations, issue evidence, links.
 */
export function scrollReaderTo(start: number): void {
  let tries = 30;
  let asked = false;
  const attempt = () => {
    const pane = document.querySelector<HTMLElement>('.pane.active');
    if (pane && !asked) {
      pane.dispatchEvent(new CustomEvent<number>(REVEAL_OFFSET_EVENT, { detail: start }));
      asked = true;
    }
    // Only a run that reaches the offset will do; otherwise the right chunk is not rendered yet.
    const found = pane ? runAt(pane, start) : null;
    if (found) found.scrollIntoView({ block: 'center' });
    // The document may still be loading or its chunk still rendering: try again on the next frames.
    else if (tries-- > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(() => requestAnimationFrame(attempt));
}
