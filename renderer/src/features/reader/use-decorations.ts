import { useCallback, useRef } from 'react';
import { registry } from '../../app/registry';
import type { WorkbenchState } from '../../store/create-store';
import { useWorkbench } from '../../store/context';
import type { Decoration } from './decorations';

const NONE: Decoration[] = [];

function sameDecorations(a: readonly Decoration[], b: readonly Decoration[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Decoration;
    const y = b[i] as Decoration;
    if (
      x !== y &&
      (x.start !== y.start ||
        x.end !== y.end ||
        x.kind !== y.kind ||
        x.className !== y.className ||
        x.refId !== y.refId ||
        x.label !== y.label)
    )
      return false;
  }
  return true;
}

/**
 * Every registered decoration source's marks for a document, merged. The result keeps its identity while
 * the marks are equal, so a source that returns a fresh array on each call cannot cause re-render loops,
 * and a failing source is skipped rather than blanking the reader.
 */
export function useDecorations(docId: string | null): Decoration[] {
  const cache = useRef<{ docId: string | null; parts: Decoration[][]; merged: Decoration[] } | null>(null);
  const select = useCallback(
    (s: WorkbenchState): Decoration[] => {
      if (docId === null || registry.decorationSources.length === 0) return NONE;
      const parts = registry.decorationSources.map((source) => {
        try {
          return source(s, docId);
        } catch {
          return NONE;
        }
      });
      const c = cache.current;
      if (
        c &&
        c.docId === docId &&
        c.parts.length === parts.length &&
        parts.every((p, i) => sameDecorations(p, c.parts[i] as Decoration[]))
      )
        return c.merged;
      const merged = parts.flat();
      cache.current = { docId, parts, merged };
      return merged;
    },
    [docId],
  );
  return useWorkbench(select);
}
