/** Scrolls the active reader pane to the run holding canonical offset `start` (DOM contract: data-start). */
export function scrollReaderTo(start: number): void {
  let tries = 10;
  const run = () => {
    const nodes = document.querySelectorAll<HTMLElement>('.pane.active [data-start]');
    let best: HTMLElement | null = null;
    for (const n of nodes) if (Number(n.dataset.start) <= start) best = n;
    if (best) best.scrollIntoView({ block: 'center' });
    // The document may still be loading: try again on the next frames.
    else if (tries-- > 0) requestAnimationFrame(run);
  };
  requestAnimationFrame(() => requestAnimationFrame(run));
}
