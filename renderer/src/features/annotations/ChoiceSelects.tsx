import type { EntityType, IssueStance } from '../../../../shared/model/annotation';
import { ANNOTATION_ENTITY_TYPES, STANCES } from '../../../../shared/model/values';

const label = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** The entity-type picker; its options are the model's own list. */
export function EntityTypeSelect({ value, onChange }: { value: EntityType; onChange(v: EntityType): void }) {
  return (
    <select aria-label="Entity type" value={value} onChange={(e) => onChange(e.target.value as EntityType)}>
      {ANNOTATION_ENTITY_TYPES.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}

/** The stance picker for an issue link; its options are the model's own list. */
export function StanceSelect({ value, onChange }: { value: IssueStance; onChange(v: IssueStance): void }) {
  return (
    <select aria-label="Stance" value={value} onChange={(e) => onChange(e.target.value as IssueStance)}>
      {STANCES.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}
