import { useEffect, useState } from 'react';

type Render = (markdown: string) => string;

let render: Render | null = null;
let loading: Promise<Render> | null = null;

/**
 * The Markdown renderer and its sanitiser, loaded on first use: most sessions open many documents before
 * they show a note, and the two libraries cost the window's first frame ~20 ms of set-up (ADR 056).
 */
function loadRenderer(): Promise<Render> {
  loading ??= import('./markdown')
    .then((m) => (render = m.renderNote))
    .catch((e: unknown) => {
      // A chunk that failed to load is asked for again by the next note; this one stays plain text.
      loading = null;
      throw e;
    });
  return loading;
}

/**
 * A note rendered from Markdown, sanitised (markdown.ts). Until the renderer has loaded (the first note
 * of a session) the note shows as plain text, which React escapes: never as unsanitised HTML.
 */
export function NoteView({ markdown, label }: { markdown: string; label?: string }) {
  const [ready, setReady] = useState(render !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadRenderer().then(
      () => live && setReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  if (!render)
    return (
      <div className="note-preview" aria-label={label}>
        {markdown}
      </div>
    );
  return (
    <div className="note-preview" aria-label={label} dangerouslySetInnerHTML={{ __html: render(markdown) }} />
  );
}
