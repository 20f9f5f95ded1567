import { OpenFolderForm } from './OpenFolderForm';

/** The empty state before any folder: what Dossier is and how to open a folder. */
export function OpenFolderPanel() {
  return (
    <section className="welcome-card" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Open a folder of articles</h1>
      <p>
        Dossier reads a folder of saved news articles in place — text, HTML, Markdown, PDF, Word — cleans and
        indexes them, and lets you search, read side by side, annotate and export with citations. Nothing is
        uploaded and your files are never changed.
      </p>
      <OpenFolderForm autoFocus />
      <p className="muted small">
        Tip: press <kbd>Ctrl</kbd>+<kbd>K</kbd> for every command, <kbd>?</kbd> for the keyboard shortcuts.
      </p>
    </section>
  );
}
