import { useState } from 'react';
import type { AnnotationColor } from '../../../../shared/model/annotation';
import { ANNOTATION_COLORS } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { COLOR_LABEL } from './palette';

/**
 * Binds tags to number keys 1–9 (press the key on a selection to highlight with that tag, or on the open
 * annotation to toggle it) and optionally to a colour the highlight then follows.
 */
export function TagKeys() {
  const bound = useWorkbench((s) => s.annotationTags.bound);
  const bind = useWorkbench((s) => s.bindAnnotationTag);
  const [tag, setTag] = useState('');
  const [key, setKey] = useState('1');
  const [color, setColor] = useState<AnnotationColor | ''>('');
  return (
    <details className="tag-keys">
      <summary>Tag keys ({bound.filter((b) => b.key !== null).length} bound)</summary>
      <ul aria-label="Bound tags">
        {bound.map((b) => (
          <li key={b.tag}>
            <kbd>{b.key ?? '–'}</kbd> #{b.tag} {b.color ? `(${COLOR_LABEL[b.color]})` : ''}{' '}
            <button type="button" onClick={() => void bind({ tag: b.tag, key: null, color: null })}>
              Unbind
            </button>
          </li>
        ))}
      </ul>
      <form
        aria-label="Bind a tag"
        onSubmit={(e) => {
          e.preventDefault();
          const t = tag.trim();
          if (!t) return;
          void bind({ tag: t, key: key === '' ? null : Number(key), color: color === '' ? null : color });
          setTag('');
        }}
      >
        <input
          aria-label="Tag to bind"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          placeholder="tag"
        />
        <select aria-label="Key" value={key} onChange={(e) => setKey(e.target.value)}>
          <option value="">No key</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        <select
          aria-label="Tag colour"
          value={color}
          onChange={(e) => setColor(e.target.value as AnnotationColor | '')}
        >
          <option value="">No colour</option>
          {ANNOTATION_COLORS.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABEL[c]}
            </option>
          ))}
        </select>
        <button type="submit">Bind</button>
      </form>
    </details>
  );
}
