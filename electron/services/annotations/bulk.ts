import { randomUUID } from 'node:crypto';
import type { Params, Result } from '../../../shared/contract';
import type { Annotation } from '../../../shared/model/annotation';
import { describeRange } from '../anchoring/selectors';
import { DossierError } from '../errors';
import type { Session } from '../session';
import { docIdAt } from './resolve';
import { cleanTags, fileFor, record, tagColor } from './service';
import { allCurrent, stateFor } from './state';
import type { Change } from './undo';

/** Most ranges one `annotations.createMany` call takes (the contract enforces it; see its doc). */
export const MAX_BULK_RANGES = 20_000;

function fold(tag: string): string {
  return tag.normalize('NFC').toLocaleLowerCase();
}

/**
 * `annotations.createMany`: annotates many ranges (every hit of a search) with the same tags, colour
 * and note. Every range is checked before anything is written — one bad range fails the call and
 * nothing is created — then all are saved in one sidecar write and pushed as one undo step. A range
 * that already has an annotation at exactly that place carrying all the given tags is skipped (and so
 * is a repeat within the call), so tagging the same hits twice does not stack duplicates.
 */
export async function createManyAnnotations(
  session: Session,
  p: Params<'annotations.createMany'>,
): Promise<Result<'annotations.createMany'>> {
  const st = await stateFor(session);
  const tags = cleanTags(p.tags ?? []);
  const wanted = tags.map(fold);
  const placed = new Set<string>();
  for (const a of allCurrent(st)) {
    if (!a.current) continue;
    const have = new Set(a.tags.map(fold));
    if (wanted.every((t) => have.has(t)))
      placed.add(`${a.path}\u0000${a.current.start}\u0000${a.current.end}`);
  }
  const now = new Date().toISOString();
  const color = p.color ?? tagColor(st, tags) ?? 'yellow';
  const created: Annotation[] = [];
  let skipped = 0;
  p.ranges.forEach((r, i) => {
    const file = fileFor(st, r.docId);
    let sel: ReturnType<typeof describeRange>;
    try {
      sel = describeRange(file.text, r.start, r.end, file.contentHash);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new DossierError(
        'invalid_params',
        `annotations: range ${i + 1} of ${p.ranges.length} (${r.docId} ${r.start}–${r.end}) cannot be annotated, so nothing was created: ${why}`,
      );
    }
    const key = `${file.relPath}\u0000${sel.position.start}\u0000${sel.position.end}`;
    if (placed.has(key)) {
      skipped++;
      return;
    }
    placed.add(key);
    created.push({
      id: randomUUID(),
      docId: docIdAt(file, sel.position.start),
      path: file.relPath,
      quote: sel.quote,
      position: sel.position,
      contentHash: sel.contentHash,
      color,
      note: p.note ?? '',
      tags,
      entity: null,
      issue: null,
      created: now,
      modified: now,
      state: 'anchored',
      score: 1,
      current: { start: sel.position.start, end: sel.position.end },
      detached: false,
    });
  });
  if (created.length > 0) {
    const what = tags.length
      ? `Tag ${created.length} passages “${tags.join(', ')}”`
      : `Highlight ${created.length} passages`;
    const changes: Change[] = created.map((a) => ({ before: null, after: a }));
    await record(session, st, what, changes);
  }
  return { created: created.length, skipped, ids: created.map((a) => a.id) };
}
