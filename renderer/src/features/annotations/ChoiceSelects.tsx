import {
  EntityTypeSchema,
  IssueStanceSchema,
  type EntityType,
  type IssueStance,
} from '../../../../shared/model/annotation';

const label = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** The entity-type picker; its options are the model's own list. */
export function EntityTypeSelect({ value, onChange }: { value: EntityType; onChange(v: EntityType): void }) {
  return (
    <select aria-label="Entity type" value={value} onChange={(e) => onChange(e.target.value as EntityType)}>
      {EntityTypeSchema.options.map((o) => (
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
      {IssueStanceSchema.options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}
