import { useMemo, useState } from 'react';
import type { EntityType } from '../../../../shared/model/entity';
import type { SelectionToolProps } from '../../app/registry';
import { useWorkbench } from '../../store/context';

/**
 * Selection toolbar entry: tag the selected text as an entity — link it to an existing entity (the
 * datalist offers names) or create a new one of the chosen type. The service stores the exact text
 * with its offsets, so the tag follows the passage when the file changes.
 */
export function EntityTagTool({ docId, start, end, done }: SelectionToolProps) {
  const text = useWorkbench((s) => {
    const pane = s.panes.find((p) => p.doc?.id === docId);
    const doc = pane?.doc;
    return doc ? doc.text.slice(start - doc.start, end - doc.start) : '';
  });
  const list = useWorkbench((s) => s.entityList);
  const load = useWorkbench((s) => s.loadEntities);
  const loaded = useWorkbench((s) => s.entitiesLoaded);
  const decide = useWorkbench((s) => s.decideEntity);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>('person');
  const match = useMemo(
    () => list.find((e) => e.name.toLowerCase() === name.trim().toLowerCase()),
    [list, name],
  );
  const exact = text.trim();
  if (!exact) return null;
  if (!open)
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          setName(exact);
          if (!loaded) void load();
        }}
      >
        Tag entity
      </button>
    );
  const lead = text.length - text.trimStart().length;
  const mention = { docId, start: start + lead, end: start + lead + exact.length, exact };
  const submit = async () => {
    const ok = match
      ? await decide({ kind: 'tag', mention, entity: match.id })
      : await decide({ kind: 'tag', mention, name: name.trim() || exact, type });
    if (ok) done();
  };
  return (
    <form
      className="entity-tag-form"
      aria-label="Tag entity"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <input
        list="entity-names"
        aria-label="Entity name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <datalist id="entity-names">
        {list.slice(0, 300).map((e) => (
          <option key={e.id} value={e.name} />
        ))}
      </datalist>
      {!match && (
        <select aria-label="Entity type" value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          <option value="person">Person</option>
          <option value="organisation">Organisation</option>
          <option value="place">Place</option>
        </select>
      )}
      <button type="submit">{match ? `Link to ${match.name}` : 'Create entity'}</button>
    </form>
  );
}
