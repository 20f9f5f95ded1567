import type { Params, Result } from '../../../shared/contract';
import type { Session } from '../session';
import { allCurrent, stateFor } from './state';

/** `annotations.tags`: tags in use (most used first) and the tags bound to keys and colours. */
export async function listTags(session: Session): Promise<Result<'annotations.tags'>> {
  const st = await stateFor(session);
  const counts = new Map<string, number>();
  for (const a of allCurrent(st)) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const used = [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
  return { used, bound: bound(st) };
}

function bound(st: Awaited<ReturnType<typeof stateFor>>): Result<'annotations.bindTag'> {
  return st.tags
    .all()
    .map(({ tag, key, color }) => ({ tag, key, color }))
    .sort((a, b) => (a.key ?? 99) - (b.key ?? 99) || (a.tag < b.tag ? -1 : 1));
}

/** `annotations.bindTag`: a key 1–9 belongs to one tag at a time; unbinding everything removes the row. */
export async function bindTag(
  session: Session,
  p: Params<'annotations.bindTag'>,
): Promise<Result<'annotations.bindTag'>> {
  const st = await stateFor(session);
  const id = p.tag.toLowerCase();
  const changes = [];
  if (p.key !== null)
    for (const other of st.tags.all())
      if (other.key === p.key && other.id !== id) changes.push({ ...other, key: null });
  await st.tags.putMany(changes);
  if (p.key === null && p.color === null) await st.tags.remove(id);
  else await st.tags.put({ id, tag: p.tag, key: p.key, color: p.color });
  return bound(st);
}
