import { useEffect, useState } from 'react';
import type { ActorCandidate, EvidenceView, Stance } from '../../../../shared/model/issue';
import { STANCES } from '../../../../shared/model/values';
import { useWorkbench } from '../../store/context';
import { STANCE_LABEL } from './stance';

/** Entity choice values that are not entity ids. */
const AUTO = '__auto__';
const NONE = '__none__';

/**
 * Edits one piece of evidence: its stance, the actor's name as written, and which entity the actor is
 * (resolved from the name by default; the analyst may pin another entity, or none). Removing the
 * passage from the issue asks once more, saying what is kept.
 */
export function EvidenceEditor({ evidence: e, onClose }: { evidence: EvidenceView; onClose(): void }) {
  const update = useWorkbench((s) => s.updateEvidence);
  const unlink = useWorkbench((s) => s.unlinkEvidence);
  const candidatesFor = useWorkbench((s) => s.actorCandidates);
  const [stance, setStance] = useState<Stance>(e.stance);
  const [actor, setActor] = useState(e.actor ?? '');
  const [entity, setEntity] = useState(e.actorLink === 'pinned' ? (e.entityId ?? NONE) : AUTO);
  const [candidates, setCandidates] = useState<ActorCandidate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  useEffect(() => {
    let live = true;
    void candidatesFor(actor).then((c) => live && setCandidates(c));
    return () => {
      live = false;
    };
  }, [actor, candidatesFor]);
  const isAnnotation = e.id.startsWith('ann:');
  const resolved = candidates.find((c) => c.resolved);
  const save = async () => {
    const patch: Parameters<typeof update>[0] = { id: e.id };
    if (stance !== e.stance) patch.stance = stance;
    if (actor.trim() !== (e.actor ?? '')) patch.actor = actor.trim() || null;
    if (entity === AUTO) {
      if (e.actorLink === 'pinned') patch.actorLink = 'auto';
    } else {
      const id = entity === NONE ? null : entity;
      if (e.actorLink !== 'pinned' || id !== e.entityId) patch.entityId = id;
    }
    const refused = Object.keys(patch).length > 1 ? await update(patch) : null;
    setError(refused);
    if (!refused) onClose();
  };
  return (
    <form
      className="evidence-editor"
      aria-label="Edit evidence"
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
    >
      <label>
        Stance
        <select value={stance} onChange={(ev) => setStance(ev.target.value as Stance)}>
          {STANCES.map((s) => (
            <option key={s} value={s}>
              {STANCE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Actor as written
        <input value={actor} onChange={(ev) => setActor(ev.target.value)} placeholder="who holds it" />
      </label>
      <label>
        Actor entity
        <select value={entity} onChange={(ev) => setEntity(ev.target.value)}>
          <option value={AUTO}>
            {resolved ? `From the name: ${resolved.name}` : 'From the name (no entity found)'}
          </option>
          <option value={NONE}>No entity: keep the name only</option>
          {candidates.map((c) => (
            <option key={c.entityId} value={c.entityId}>
              {c.name} · {c.type} · {c.mentions} mentions
            </option>
          ))}
          {e.entityId && !candidates.some((c) => c.entityId === e.entityId) && (
            <option value={e.entityId}>{e.entityName ?? e.entityId}</option>
          )}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit">Save evidence</button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {!confirmRemove ? (
          <button type="button" className="danger" onClick={() => setConfirmRemove(true)}>
            Remove from issue…
          </button>
        ) : (
          <span role="alert" className="confirm">
            {isAnnotation
              ? 'The annotation stays; only its issue tag is cleared (Undo in the annotations panel restores it).'
              : 'This passage stops being evidence of the issue; the document is not changed.'}{' '}
            <button type="button" className="danger" onClick={() => void unlink(e.id)}>
              Remove passage
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
