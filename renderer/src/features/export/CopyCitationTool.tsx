import { useState } from 'react';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';
import { copyText } from './download';

/**
 * Selection toolbar entry: copy the selected passage as a formatted citation (Markdown or plain text).
 * When the clipboard is refused, the citation is shown selected so the analyst can copy it by hand.
 */
export function CopyCitationTool({ docId, start, end, done }: SelectionToolProps) {
  const cite = useWorkbench((s) => s.cite);
  const setNotice = useWorkbench((s) => s.setNotice);
  const [open, setOpen] = useState(false);
  const [fallback, setFallback] = useState<string | null>(null);
  const copy = async (kind: 'markdown' | 'text') => {
    const c = await cite({ docId, start, end });
    if (!c) return;
    if (await copyText(c[kind])) {
      setNotice(`Citation copied as ${kind === 'markdown' ? 'Markdown' : 'plain text'}.`);
      done();
    } else setFallback(c[kind]);
  };
  if (fallback !== null)
    return (
      <textarea
        className="citation-fallback"
        aria-label="Citation (copy it with Ctrl+C)"
        readOnly
        value={fallback}
        ref={(el) => el?.select()}
      />
    );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Copy citation
      </button>
    );
  return (
    <span className="citation-choice" role="group" aria-label="Copy citation as">
      <button type="button" onClick={() => void copy('markdown')}>
        Markdown
      </button>
      <button type="button" onClick={() => void copy('text')}>
        Plain text
      </button>
    </span>
  );
}
